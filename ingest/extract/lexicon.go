package extract

import (
	"stancegraph/schema"
)

// verbSense is one stance reading of a verb lemma.
type verbSense struct {
	particle string // required particle ("for" in "call for"); "" for none
	stance   schema.Stance
	actorObj bool // the object may be an actor ("criticised the minister")
	clause   bool // takes a that-clause or "for NP to VP" as its target
}

// stanceVerbs maps verb lemmas to their stance senses, particles first.
var stanceVerbs = map[string][]verbSense{
	"reject":    {{stance: schema.Rejects, actorObj: true}},
	"oppose":    {{stance: schema.Opposes, actorObj: true}},
	"condemn":   {{stance: schema.Condemns, actorObj: true}},
	"criticise": {{stance: schema.Criticises, actorObj: true}},
	"criticize": {{stance: schema.Criticises, actorObj: true}},
	"denounce":  {{stance: schema.Denounces, actorObj: true}},
	"deplore":   {{stance: schema.Condemns}},
	"decry":     {{stance: schema.Condemns}},
	"veto":      {{stance: schema.Vetoes}},
	"block":     {{stance: schema.Blocks}},
	"dismiss":   {{stance: schema.Dismisses}},
	"attack":    {{stance: schema.Criticises, actorObj: true}},
	"accuse":    {{stance: schema.Criticises, actorObj: true}},
	"blame":     {{stance: schema.Criticises, actorObj: true}},
	"hit":       {{particle: "out at", stance: schema.Criticises, actorObj: true}},
	"round":     {{particle: "on", stance: schema.Criticises, actorObj: true}},
	"reaffirm":  {{stance: schema.Supports}},
	"slam":      {{stance: schema.Criticises, actorObj: true}},
	"resist":    {{stance: schema.Opposes}},
	"boycott":   {{stance: schema.Opposes}},
	"back":      {{stance: schema.Backs, actorObj: true}},
	"support":   {{stance: schema.Supports, actorObj: true}},
	"endorse":   {{stance: schema.Endorses, actorObj: true}},
	"approve":   {{stance: schema.Approves}},
	"accept":    {{stance: schema.Accepts}},
	"welcome":   {{stance: schema.Welcomes}},
	"praise":    {{stance: schema.Praises, actorObj: true}},
	"hail":      {{stance: schema.Praises, actorObj: true}},
	"applaud":   {{stance: schema.Praises, actorObj: true}},
	"defend":    {{stance: schema.Defends, actorObj: true}},
	"propose":   {{stance: schema.Proposes}},
	"unveil":    {{stance: schema.Announces}},
	"announce":  {{stance: schema.Announces}},
	"demand":    {{stance: schema.Demands, clause: true}},
	"urge":      {{stance: schema.CallsFor, clause: true}},
	"want":      {{stance: schema.Supports}},
	"favour":    {{stance: schema.Supports}},
	"favor":     {{stance: schema.Supports}},
	"champion":  {{stance: schema.Supports}},
	"embrace":   {{stance: schema.Supports}},
	"agree": {
		{particle: "to", stance: schema.AgreesTo},
		{particle: "on", stance: schema.AgreesTo},
		{particle: "for", stance: schema.AgreesTo, clause: true},
		{stance: schema.AgreesTo, clause: true},
	},
	"insist": {
		{particle: "on", stance: schema.Insists},
		{stance: schema.Insists, clause: true},
	},
	"call":     {{particle: "for", stance: schema.CallsFor}, {particle: "on", stance: schema.CallsFor}},
	"push":     {{particle: "for", stance: schema.CallsFor}},
	"press":    {{particle: "for", stance: schema.CallsFor}},
	"lobby":    {{particle: "for", stance: schema.CallsFor}, {particle: "against", stance: schema.Opposes}},
	"argue":    {{particle: "for", stance: schema.Supports}, {particle: "against", stance: schema.Opposes}, {stance: schema.CallsFor, clause: true}},
	"campaign": {{particle: "for", stance: schema.Supports}, {particle: "against", stance: schema.Opposes}},
	"vote":     {{particle: "for", stance: schema.Supports}, {particle: "against", stance: schema.Opposes}},
	"rule":     {{particle: "out", stance: schema.Rejects}},
	"object":   {{particle: "to", stance: schema.Opposes}},
	"warn":     {{particle: "against", stance: schema.Warns}},
	"speak":    {{particle: "against", stance: schema.Opposes}},
}

// personVerbs are verbs of praise and blame whose object is mostly a
// person or a group ("chided Obama", "thanked the volunteers"); they join
// stanceVerbs at start-up.
var personVerbs = map[string][]verbSense{
	"chide":        {{stance: schema.Criticises, actorObj: true}},
	"hammer":       {{stance: schema.Criticises, actorObj: true}},
	"blast":        {{stance: schema.Criticises, actorObj: true}},
	"lambaste":     {{stance: schema.Criticises, actorObj: true}},
	"lambast":      {{stance: schema.Criticises, actorObj: true}},
	"rebuke":       {{stance: schema.Criticises, actorObj: true}},
	"scold":        {{stance: schema.Criticises, actorObj: true}},
	"mock":         {{stance: schema.Criticises, actorObj: true}},
	"ridicule":     {{stance: schema.Criticises, actorObj: true}},
	"deride":       {{stance: schema.Criticises, actorObj: true}},
	"berate":       {{stance: schema.Criticises, actorObj: true}},
	"castigate":    {{stance: schema.Criticises, actorObj: true}},
	"assail":       {{stance: schema.Criticises, actorObj: true}},
	"excoriate":    {{stance: schema.Criticises, actorObj: true}},
	"fault":        {{stance: schema.Criticises, actorObj: true}},
	"upbraid":      {{stance: schema.Criticises, actorObj: true}},
	"pillory":      {{stance: schema.Criticises, actorObj: true}},
	"lash":         {{particle: "out at", stance: schema.Criticises, actorObj: true}},
	"rail":         {{particle: "against", stance: schema.Criticises, actorObj: true}},
	"thank":        {{stance: schema.Praises, actorObj: true}},
	"congratulate": {{stance: schema.Praises, actorObj: true}},
	"commend":      {{stance: schema.Praises, actorObj: true}},
	"laud":         {{stance: schema.Praises, actorObj: true}},
}

// nounStances: "Hamas's rejection of the plan", "Labour's support for".
var nounStances = map[string]struct {
	stance schema.Stance
	preps  map[string]bool
}{
	"rejection":    {schema.Rejects, set("of")},
	"opposition":   {schema.Opposes, set("to")},
	"support":      {schema.Supports, set("for of")},
	"backing":      {schema.Backs, set("for of")},
	"condemnation": {schema.Condemns, set("of")},
	"criticism":    {schema.Criticises, set("of")},
	"endorsement":  {schema.Endorses, set("of")},
	"approval":     {schema.Approves, set("of for")},
	"acceptance":   {schema.Accepts, set("of")},
	"veto":         {schema.Vetoes, set("of")},
	"call":         {schema.CallsFor, set("for")},
	"demand":       {schema.Demands, set("for")},
}

// modifierStances: "U.S.-backed proposal".
var modifierStances = map[string]schema.Stance{
	"backed": schema.Backs, "sponsored": schema.Backs, "supported": schema.Supports,
	"endorsed": schema.Endorses, "drafted": schema.Proposes, "proposed": schema.Proposes,
	"brokered": schema.Backs,
}

// controlVerbs may stand between the subject and a stance verb ("refused
// to back"); the effect says what they do to the stance.
const (
	ctlKeep = iota
	ctlFlip
	ctlDrop
	ctlHedge
)

var controlVerbs = map[string]int{
	"refuse": ctlFlip, "decline": ctlFlip,
	"fail": ctlDrop, "hesitate": ctlDrop, "stop": ctlDrop, "cease": ctlDrop,
	"vow": ctlKeep, "pledge": ctlKeep, "promise": ctlKeep, "decide": ctlKeep,
	"continue": ctlKeep, "want": ctlKeep, "vote": ctlKeep, "move": ctlKeep,
	"seek": ctlKeep, "begin": ctlKeep, "agree": ctlKeep, "threaten": ctlHedge,
	"plan": ctlHedge, "intend": ctlHedge, "expect": ctlHedge,
	"appear": ctlHedge, "seem": ctlHedge, "try": ctlHedge,
	"say": ctlHedge, "understand": ctlHedge, "report": ctlHedge, "believe": ctlHedge,
	"prepare": ctlHedge, "ready": ctlHedge,
	// predictions and hopes are no positions: "is likely to back", "is set
	// to approve", "hope to agree"
	"likely": ctlDrop, "unlikely": ctlDrop, "set": ctlDrop, "due": ctlDrop,
	"poise": ctlDrop, "poised": ctlDrop, "hope": ctlDrop,
	"able": ctlDrop, "willing": ctlHedge, "keen": ctlKeep, "determine": ctlKeep,
	"unwilling": ctlFlip, "reluctant": ctlFlip,
}

var auxiliaries = set("be is are was were been being am have has had having do does did will would shall should can could may might must 's 're 've 'd 'll to")

var modalHedges = set("may might could would")

var adverbs = set("also still now already yet not never long again previously earlier formally publicly today yesterday broadly largely initially originally effectively unanimously overwhelmingly just even further then always consistently flatly ever once immediately swiftly quickly openly both all too reportedly allegedly apparently repeatedly strongly firmly fully")

var hedgeAdverbs = set("reportedly allegedly apparently possibly probably perhaps likely")

// proposalHeads are nouns that head a proposal-like target.
var proposalHeads = set(`proposal plan resolution draft deal agreement accord treaty force mission ceasefire
cease-fire truce bill law legislation sanction initiative framework referendum deployment withdrawal talk
reform tax policy ban embargo scheme budget measure programme program strategy package roadmap settlement pact
amendment regulation charter constitution card fee cut rise increase change move decision idea offer bid
motion inquiry review strike war invasion blockade annexation ruling directive target tariff subsidy levy
charge curb cap restriction moratorium amnesty merger takeover privatisation privatization nationalisation
expansion enlargement membership independence devolution intervention operation campaign action crackdown
reduction hike overhaul shake-up shakeup system diploma proposals plans power law detention closure
stance approach vote election manifesto pledge call demand veto exit deportation scheme payment text act`)

// genericHeads need a complement or an antecedent to say what they are.
var genericHeads = set("proposal plan idea move decision offer bid initiative scheme measure draft deal agreement change step approach stance call demand action policy proposals plans it this that")

// evaluative adjectives in "X is unacceptable" and "described X as Y".
var evalNeg = set("unacceptable illegitimate illegal unlawful wrong absurd ridiculous disgraceful outrageous unfair unworkable dangerous irresponsible flawed misguided unjust unconstitutional undemocratic shameful appalling deplorable reckless counterproductive counter-productive unnecessary mistaken scandalous disastrous unjustified unjustifiable indefensible unhelpful damaging pointless desperate misdirected naive abhorrent disgusting dishonest hypocritical cynical phony phoney offensive bigoted racist divisive incompetent unambitious inadequate half-hearted draconian excessive laughable cruel immoral discriminatory abuse disaster mistake shambles farce betrayal insult nonsense gimmick stunt fiasco embarrassment travesty anathema unjust unacceptably dishonourable wasteful misleading deceitful")
var evalPos = set("welcome sensible essential vital necessary impressive important right proportionate justified excellent positive helpful crucial balanced courageous bold welcome win-win")

// speechVerbs introduce reported speech.
var speechVerbs = set("say tell state add argue insist warn note claim explain stress emphasise emphasize reiterate confirm reveal write declare suggest believe think complain admit acknowledge maintain contend assert announce predict told said")

// roleNouns after a country or demonym make it the holder: "a U.S.
// official", "Israeli officials", "the British government".
var roleNouns = set("official officials government authorities leaders leader forces army military spokesman spokeswoman spokesperson minister ministers ministry diplomat diplomats envoy negotiators negotiator delegation administration occupation president premier cabinet troops lawmakers parliament embassy ambassador sources source")

// groupNouns can hold a stance unnamed: "mediators insisted", "critics say".
var groupNouns = set("groups mediators critics campaigners protesters activists unions officials diplomats ministers mps lawmakers legislators senators negotiators opponents supporters residents voters teachers doctors nurses police businesses employers farmers students parents universities charities rebels militants leaders backbenchers peers judges bishops governors councils firms")

var groupCompounds = set("head business union opposition rights community party government religious civil human senior local tory labour conservative liberal rebel church environmental campaign pressure green")

// orgHeads end capitalised organisation names: "Gaza Strip Administration
// Committee".
var orgHeads = set("council committee authority ministry party movement front bureau department agency commission union association organisation organization institute foundation federation league alliance coalition assembly parliament court office service forces army brigade brigades corporation company group bank board tribunal network trust society fund center centre congress senate cabinet government administration police")

// titles come before a person's name.
var titles = set("president vice prime minister chancellor secretary gen general sen senator rep representative gov governor mr mrs ms miss dr sir lord lady baroness dame professor prof rev king queen prince princess sheikh judge justice ambassador mayor chairman chairwoman commissioner speaker leader spokesman spokeswoman mp mep lt col colonel capt captain sgt adm admiral chief deputy foreign defence defense home interior finance health education culture trade economy justice envoy premier sheriff congressman congresswoman")

// personTitles alone make the next capitalised run a person.
var personTitles = set("mr mrs ms miss dr sir lord lady baroness dame professor prof rev president senator sen gen general gov governor rep judge king queen prince princess sheikh mayor chancellor mp mep premier sheriff congressman congresswoman")

// notName are capitalised words that do not start or continue names.
var notName = set(`the a an and or but if in on at of for to by with from as it he she they we i you this that these those his her their its our my your there here when while after before however meanwhile
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
mr mrs ms dr sir lord said says according also not no yes last next first second new former`)

// orgRefs are definite descriptions that refer back to an organisation.
var orgRefs = set("movement group organisation organization party government union administration authority alliance coalition militia faction")

// labelVerbs attribute an evaluation to their object: "called the plan
// \"dangerous\"", "branded X unacceptable", "described X as".
var labelVerbs = set("call brand dub label describe term deem consider condemn denounce dismiss")
