package extract

import (
	"strings"

	"stancegraph/schema"
)

// Events are not positions. A deal agreed with someone, a memorial
// unveiled, a decision to quit announced, a "better Britain" promised:
// each reports what happened or what is hoped for, not a stance an analyst
// can track towards a proposal.

// transactionHeads are things two parties agree between them ("agreed a
// loan with the IMF", "agreed a £5m contract"): the agreement is the event.
var transactionHeads = set("deal deals loan loans contract contracts draft proposal agreement terms settlement package sale purchase price fee fees")

// contestHeads are defended in a contest: "defend his title".
var contestHeads = set("title titles crown championship championships medal belt trophy cup lead")

// assaultHeads are defended against: "defended the initial thrusts".
var assaultHeads = set("thrust thrusts attack attacks onslaught pressure raid raids assault charge")

// playHeads are attacked in play: "attacks the net".
var playHeads = set("net ball line flank flanks basket wing wings space gap gaps")

// offerHeads are offers for a player or a company; with money or a
// transfer word they are a sale, not a position.
var offerHeads = set("offer offers bid bids proposal proposals approach approaches")

var transferWords = set("cash transfer swap player-swap fee fees player players striker midfielder defender goalkeeper")

// resultHeads are results praised or welcomed: events, not positions.
var resultHeads = set("victory victories win wins triumph performance performances display displays comeback result results")

// salesHeads are transactions whatever follows them.
var salesHeads = set("loan loans contract contracts sale purchase price fee fees")

// commemorativeHeads are objects unveiled or built as events, not
// policies: "unveiled a memorial", "is to build a statue".
var commemorativeHeads = set("memorial memorials statue statues plaque plaques monument monuments portrait portraits poster posters billboard billboards advert adverts advertisement advertisements logo logos stamp stamps coin coins painting paintings sculpture sculptures exhibition exhibitions bust")

// careerVerbs after "decision to" make a personal move, not a policy:
// "announced his decision to quit the party".
var careerVerbs = set("quit resign retire leave join defect stand step run rejoin")

// aspirationWords make an object a hope rather than a proposal: "build a
// better Britain", "a fairer society", "a brighter future".
var aspirationWords = set("better fairer stronger safer brighter greater richer healthier prouder cleaner greener freer kinder happier decent fair strong safe bright great prosperous")

// aspirationHeads are what aspirations are about.
var aspirationHeads = set("britain country nation society future world place tomorrow economy community communities scotland wales england uk europe america")

// eventObject reports whether the object of stance verb lem (with the
// sense's particle) at obj names an event rather than a position.
func eventObject(toks []token, lem, particle string, obj int) bool {
	if obj >= len(toks) {
		return false
	}
	x, ok := nounPhrase(toks, obj)
	switch lem {
	case "agree":
		// "agreed to withdraw his bill": a concession about one's own
		// proposal, not support for withdrawing it
		if particle == "to" && toks[obj].low == toks[obj].lem && actionEnd[toks[obj].lem] {
			return true
		}
		if particle != "" || !ok || x.head < 0 {
			return false
		}
		h := toks[x.head]
		// "agreed a draft proposal with the IMF to borrow $10bn", "agreed
		// a loan deal with the IMF": a deal struck with a party
		if salesHeads[h.lem] || salesHeads[h.low] {
			return true
		}
		if transactionHeads[h.lem] || transactionHeads[h.low] {
			for k := x.head + 1; k < len(toks) && k < x.head+4; k++ {
				if toks[k].low == "with" {
					return true
				}
				if !toks[k].word || npStop[toks[k].low] {
					break
				}
			}
			for k := x.s; k < x.head; k++ {
				if salesHeads[toks[k].lem] {
					return true
				}
			}
		}
	case "defend", "attack":
		// "defended fairly well": no object
		if toks[obj].word && (strings.HasSuffix(toks[obj].low, "ly") && !toks[obj].cap || toks[obj].low == "well" || toks[obj].low == "stoutly") {
			return true
		}
		if !ok || x.head < 0 {
			return false
		}
		h := toks[x.head]
		// "defend his 200m title", "defended the initial thrusts",
		// "attacks the net": a contest, not a position
		if lem == "defend" && (contestHeads[h.lem] || contestHeads[h.low] || assaultHeads[h.lem] || assaultHeads[h.low]) {
			return true
		}
		if lem == "attack" && playHeads[h.low] {
			return true
		}
	case "blame":
		// "blamed the closures on the end of quotas": the closures are
		// explained, not blamed
		for k := obj + 1; ok && k <= x.e && k < len(toks); k++ {
			if toks[k].low == "on" {
				return true
			}
		}
	case "accept", "reject", "deny", "dismiss", "refute":
		// "rejected allegations he ...", "denied speculation that ...": a
		// denial of what is said about the holder, not a position
		if ok && x.head >= 0 && (denialHeads[toks[x.head].lem] || denialHeads[toks[x.head].low]) {
			return true
		}
		// "rejected a suggestion that he had told X": a claim about a
		// person ("dismissed claims that the plan would cost jobs" defends
		// the plan and stays)
		if ok && x.head >= 0 && claimHeads[toks[x.head].lem] && x.head+2 < len(toks) && toks[x.head+1].low == "that" && personStart[toks[x.head+2].low] {
			return true
		}
		if (lem == "accept" || lem == "reject") && transferEvent(toks, x, ok) {
			return true
		}
	case "praise", "hail", "applaud", "welcome", "congratulate", "commend", "laud":
		// "hailed his side's 19-13 victory", "praised their gutsy
		// performance": a result, not a position
		if ok && x.head >= 0 && (resultHeads[toks[x.head].lem] || resultHeads[toks[x.head].low]) {
			return true
		}
	case "unveil", "announce", "propose", "approve":
		if !ok || x.head < 0 {
			return false
		}
		// "approved the payment of 160m euros", "approved the accounts":
		// a transaction signed off, not a position
		if lem == "approve" && (paymentHeads[toks[x.head].lem] || paymentHeads[toks[x.head].low]) {
			return true
		}
		// "will announce its budget", "announced its results": the bare
		// event with nothing said of its content
		if lem == "announce" && x.e == x.head+1 && (reportHeads[toks[x.head].lem] || reportHeads[toks[x.head].low]) && onlyEmptyBefore(toks, x) {
			return true
		}
		// "announced plans to buy 19.9% of the firm", "plans to raise $1bn":
		// a deal, not a policy
		if genericHeads[toks[x.head].lem] && x.head+2 < len(toks) && toks[x.head+1].low == "to" && dealAmount(toks, x.head+2) {
			return true
		}
		if commemorativeHeads[toks[x.head].low] || commemorativeHeads[toks[x.head].lem] {
			return true
		}
		// "plans for a memorial to X"
		if genericHeads[toks[x.head].lem] && x.head+1 < len(toks) && toks[x.head+1].low == "for" {
			if y, ok := nounPhrase(toks, x.head+2); ok && y.head >= 0 && commemorativeHeads[toks[y.head].low] {
				return true
			}
		}
		// "announced his decision to quit UKIP"
		if (toks[x.head].lem == "decision" || toks[x.head].lem == "intention") && x.head+2 < len(toks) && toks[x.head+1].low == "to" && careerVerbs[toks[x.head+2].lem] {
			return true
		}
	}
	return false
}

// committedEvent reports whether the object x of a committed action ("will
// build a better Britain", "is to unveil a memorial", "would fund its own
// plans") is a hope, an event or too vague to be a proposal.
func committedEvent(toks []token, x np) bool {
	if x.head < 0 {
		return false
	}
	h := toks[x.head]
	if commemorativeHeads[h.low] || commemorativeHeads[h.lem] {
		return true
	}
	// "is to cut its growth forecast", "will reduce its estimate": a
	// revised figure, not a policy
	if forecastHeads[h.low] || forecastHeads[h.lem] {
		return true
	}
	// "plans to raise $1bn", "is to buy 20% of X": a deal
	if x.s > 0 && dealAmount(toks, x.s-1) {
		return true
	}
	// aspirations: a comparative or plain good quality of a country, a
	// society, the future
	if aspirationHeads[h.low] || aspirationHeads[h.lem] {
		for k := x.s; k < x.head; k++ {
			if aspirationWords[toks[k].low] {
				return true
			}
		}
	}
	// "fund its own plans", "introduce an amendment", "establish a
	// system": a bare generic head with no modifier or complement
	if x.e == x.head+1 && (genericHeads[h.lem] || vagueHeads[h.lem] || vagueHeads[h.low] || bareObjectHeads[h.lem]) {
		for k := x.s; k < x.head; k++ {
			t := toks[k]
			if t.word && !determiners[t.low] && !emptyModifiers[t.low] && !possessivePronouns[t.low] && !quantWords[t.low] {
				return false
			}
		}
		return true
	}
	return false
}

// denialHeads are what a holder denies about itself: "rejected the
// allegation that", "dismissed speculation".
var denialHeads = set("allegation allegations accusation accusations speculation charge charges rumour rumours rumor rumors")

// claimHeads deny a claim about a person when its clause starts with one
// (personStart): "rejected the suggestion that he ...".
var claimHeads = set("suggestion claim report")

var personStart = set("he she they i we mr mrs ms miss dr sir lord lady")

// paymentHeads are transactions signed off: "approved the payment".
var paymentHeads = set("payment payments payout payouts dividend dividends bonus bonuses accounts accounting pay")

// reportHeads are periodic events announced: "will announce its budget".
var reportHeads = set("budget budgets results figures earnings")

// forecastHeads are figures revised, not policies: "cut its forecast".
var forecastHeads = set("forecast forecasts estimate estimates projection projections prediction predictions outlook")

// dealVerbs take an amount in a deal: "buy 20% of", "raise $1bn".
var dealVerbs = set("buy acquire sell purchase raise borrow")

// dealAmount: toks[v] is a deal verb whose object starts with an amount
// ("buy 19.9% of the firm", "raise $1bn", "sell a 20% stake").
func dealAmount(toks []token, v int) bool {
	if v+1 >= len(toks) || !dealVerbs[toks[v].lem] {
		return false
	}
	k := v + 1
	if toks[k].low == "a" || toks[k].low == "its" || toks[k].low == "their" || toks[k].low == "his" || toks[k].low == "her" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	if currencySign(toks, k) || isNumber(strings.TrimRight(strings.ReplaceAll(toks[k].low, ".", ""), "bnmkr")) && toks[k].low[0] >= '0' && toks[k].low[0] <= '9' {
		return true
	}
	return toks[k].lem == "stake" || toks[k].lem == "share"
}

// bareObjectHeads say nothing as the bare object of a committed action.
var bareObjectHeads = set("amendment amendments system principle principles reform reforms change changes legislation law laws rule rules proposal proposals plan plans measure measures")

// possessorContested reports whether "X's plan" at v (with X the mention
// m) is another's account of X's plan: in a question ("asked how Labour
// would fund its plans"), under a claim or hope ("suggesting the Tories'
// plan ..."), or with another's criticism ("attacked Tory plans", "say
// Labour's plans have failed"). X proposes the plan when the sentence is
// neutral or X's own side speaks (its member, or a person speaking of
// their country's proposal).
func (an *analysis) possessorContested(si int, m mention, v int) bool {
	s := &an.sents[si]
	toks := s.toks
	if inQuestion(toks, v) {
		return true
	}
	if s.hasRep {
		h, _ := an.holderOf(m)
		rh, _ := an.holderOf(s.rep)
		if rh == h || s.rep.ent == m.ent || an.ents[m.ent].kind == schema.Country && an.isPerson(s.rep) {
			// own side, unless another clause attacks the plan first ("He
			// attacked Tory plans - but Mr Howard said ...")
			for k := 0; k < m.s; k++ {
				if senses, ok := stanceVerbs[toks[k].lem]; ok && toks[k].word && !toks[k].cap && senses[0].stance.Polarity() == schema.Oppose && !nounUse(toks, k) {
					return true
				}
			}
			return false
		}
		// a known other side tells of the plan: "He said Tory plans would
		// cut deep" (a person of unknown side is read on below)
		if !an.isPerson(s.rep) || an.ents[s.rep.ent].affil >= 0 {
			return true
		}
	}
	st := m.s
	if st > 0 && toks[st-1].low == "the" {
		st--
	}
	g := st - 1
	if g >= 0 && toks[g].low == "that" {
		g--
	}
	if g >= 0 && (claimGovernors[toks[g].lem] || claimGovernors[toks[g].low]) {
		return true
	}
	for k, t := range toks {
		if !t.word || k >= m.s && k <= v {
			continue
		}
		if t.text == "?" || t.low == "how" || t.low == "why" {
			return true
		}
		if senses, ok := stanceVerbs[t.lem]; ok && !t.cap && senses[0].stance.Polarity() == schema.Oppose && !nounUse(toks, k) {
			return true
		}
		if senses, ok := personVerbs[t.lem]; ok && !t.cap && senses[0].stance.Polarity() == schema.Oppose {
			return true
		}
		// "are not racist" defends the plan
		if evalNeg[t.low] && !t.cap && !(k > 0 && (toks[k-1].low == "not" || toks[k-1].low == "never")) || failureWords[t.low] {
			return true
		}
	}
	return false
}

// claimGovernors before "X's plan" make it someone's claim or question
// about the plan: "suggesting the Tories' plan would ...", "asked how".
var claimGovernors = set("suggest suggesting claim claimed allege alleged deny denied fear warn warned ask asked question questioned doubt wonder how why whether")

// failureWords judge a plan as failing: "Labour's plans have failed".
var failureWords = set("failed fail fails failing flawed unfunded uncosted")

// nounUse: toks[k] is used as a noun ("a call for", "the attack on").
func nounUse(toks []token, k int) bool {
	return k > 0 && (determiners[toks[k-1].low] || toks[k-1].low == "'s") && !strings.HasSuffix(toks[k].low, "ed")
}

// anaphoricNouns only point back: "plans on the issue".
var anaphoricNouns = set("issue issues matter matters subject topic question area")

// vagueWithPlace: a vague or generic head whose only complement points
// back ("her plans on the issue") or says where it is ("the move in her
// justice plan") says no more than the head alone.
func vagueWithPlace(toks []token, x np, lem []string) bool {
	if x.head < 0 || x.head+1 >= x.e {
		return false
	}
	h := toks[x.head].lem
	if !genericHeads[h] && !vagueHeads[h] && !vagueHeads[toks[x.head].low] {
		return false
	}
	bare := np{s: x.s, e: x.head + 1, head: x.head}
	// "the move in her plan", "the measures in the Queen's Speech"; not
	// "a change in the law"
	if (toks[x.head+1].low == "in" || toks[x.head+1].low == "at") && x.head+2 < x.e && (possessivePronouns[toks[x.head+2].low] || toks[x.head+2].cap || toks[x.head+2].low == "the" && x.head+3 < x.e && toks[x.head+3].cap) {
		return vagueAlone(toks, bare) || vagueHeads[h] && onlyEmptyBefore(toks, bare)
	}
	for _, l := range lem {
		if l != h && !anaphoricNouns[l] {
			return false
		}
	}
	return onlyEmptyBefore(toks, bare)
}

// onlyEmptyBefore: nothing but determiners and empty modifiers precede
// the head of x.
func onlyEmptyBefore(toks []token, x np) bool {
	for k := x.s; k < x.head; k++ {
		t := toks[k]
		if t.word && !determiners[t.low] && !emptyModifiers[t.low] && !possessivePronouns[t.low] && !quantWords[t.low] && t.low != "'s" && !t.cap {
			return false
		}
	}
	return true
}

// transferEvent: accepting or rejecting an offer with money or players
// around it ("accepted a cash-plus-players offer", "will not accept
// offers" of £30m) is a transfer or sale, not a position.
func transferEvent(toks []token, x np, ok bool) bool {
	if !ok || x.head < 0 || !offerHeads[toks[x.head].lem] {
		return false
	}
	// "accepted a cash-plus-players offer", "will not accept offers"
	// of £30m: a transfer or sale, not a position
	for k := x.s; k < len(toks) && k < x.e+6; k++ {
		if transferWords[toks[k].lem] || transferWords[toks[k].low] || currencySign(toks, k) || strings.Contains(toks[k].low, "player") {
			return true
		}
	}
	for k := 0; k < len(toks); k++ {
		if currencySign(toks, k) || transferWords[toks[k].low] {
			return true
		}
	}
	return false
}
