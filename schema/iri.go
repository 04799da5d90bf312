package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Base is the namespace of every stancegraph IRI. Nodes live under it by
// kind (Base+"actor/hamas"); the vocabulary lives under Vocab.
const (
	Base  = "https://stancegraph.org/"
	Vocab = Base + "ns#"
)

// Node kinds, as the objects of rdf:type.
const (
	TypeActor     = Vocab + "Actor"
	TypeProposal  = Vocab + "Proposal"
	TypeStatement = Vocab + "Statement"
	TypeArticle   = Vocab + "Article"
)

// Predicates.
const (
	RDFType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

	PredName        = Vocab + "name"
	PredAlias       = Vocab + "alias"
	PredKind        = Vocab + "kind"
	PredAffiliation = Vocab + "affiliation" // person -> organisation
	PredRole        = Vocab + "role"        // on the affiliation node
	PredMember      = Vocab + "member"      // affiliation node -> person
	PredOrg         = Vocab + "org"         // affiliation node -> organisation

	PredHolder     = Vocab + "holder"
	PredSpeaker    = Vocab + "speaker"
	PredStance     = Vocab + "stance"
	PredPolarity   = Vocab + "polarity"
	PredTarget     = Vocab + "target"
	PredArticle    = Vocab + "article"
	PredEvidence   = Vocab + "evidence"
	PredStart      = Vocab + "start"
	PredEnd        = Vocab + "end"
	PredDate       = Vocab + "date"
	PredConfidence = Vocab + "confidence"
	PredHedged     = Vocab + "hedged"
	PredNegated    = Vocab + "negated"
	PredReportedBy = Vocab + "reportedBy"

	PredTitle     = Vocab + "title"
	PredURL       = Vocab + "url"
	PredSource    = Vocab + "source"
	PredPublished = Vocab + "published"
	PredFile      = Vocab + "file"
	PredHash      = Vocab + "hash"
	PredMentions  = Vocab + "mentions" // article -> actor or proposal

	// Curation: what analysts changed by hand, and the record of it.
	PredManual     = Vocab + "manual"     // statement added by hand
	PredRetracted  = Vocab + "retracted"  // statement withdrawn by hand
	PredMergedInto = Vocab + "mergedInto" // merge record -> surviving node
	PredMerged     = Vocab + "merged"     // merge record -> merged (losing) node
	PredAction     = Vocab + "action"     // log entry: "merge", "add-statement"...
	PredCurator    = Vocab + "curator"    // log entry: who
	PredAt         = Vocab + "at"         // log entry: when
	PredObject     = Vocab + "object"     // log entry: what it acted on
	PredNote       = Vocab + "note"       // log entry: free text
)

// Curation node kinds.
const (
	TypeMerge    = Vocab + "Merge"
	TypeLogEntry = Vocab + "CurationEntry"
)

// CurationLabel is the Cayley label of one curation record: a manual
// statement, a retraction or a merge. It never equals an article's label,
// so re-ingesting articles leaves curation alone.
func CurationLabel(id string) string { return Base + "curation/" + id }

// CurationLogLabel labels the log of curation actions.
const CurationLogLabel = Base + "curation/log"

// StancePredicate is the predicate of the direct triple that mirrors a
// statement: <actor/hamas> <ns#rejects> <proposal/...>.
func StancePredicate(s Stance) string { return Vocab + string(s) }

// StanceFromPredicate is the inverse of StancePredicate.
func StanceFromPredicate(iri string) (Stance, bool) {
	if !strings.HasPrefix(iri, Vocab) {
		return "", false
	}
	s := Stance(strings.TrimPrefix(iri, Vocab))
	return s, s.Valid()
}

// IRIs of nodes by kind.
func ActorIRI(id string) string     { return Base + "actor/" + id }
func ProposalIRI(id string) string  { return Base + "proposal/" + id }
func StatementIRI(id string) string { return Base + "statement/" + id }
func ArticleIRI(id string) string   { return Base + "article/" + id }
func AffiliationIRI(person, org string) string {
	return Base + "affiliation/" + person + "--" + org
}

// TargetIRI names a statement's target by its kind.
func TargetIRI(kind, id string) string {
	if kind == TargetActor {
		return ActorIRI(id)
	}
	return ProposalIRI(id)
}

// SplitIRI returns the kind ("actor", "proposal"...) and ID of a node IRI.
func SplitIRI(iri string) (kind, id string, ok bool) {
	rest, found := strings.CutPrefix(iri, Base)
	if !found {
		return "", "", false
	}
	kind, id, ok = strings.Cut(rest, "/")
	return kind, id, ok && id != ""
}

const maxSlug = 80

// Slug turns a name into a readable URL-safe ID: "United States" ->
// "united-states", "Côte d'Ivoire" -> "cote-d-ivoire". Names with no Latin
// letters or digits get a short hash so that they still have a stable ID.
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(name) {
		if b.Len() >= maxSlug {
			break
		}
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '\u2019' || r == '.':
			// "U.S." -> "us", "Côte d'Ivoire" keeps one dash from the space only
			if r != '.' {
				dash = true
			}
		default:
			dash = true
		}
	}
	s := strings.Trim(b.String(), "-")
	if s == "" && strings.TrimSpace(name) != "" {
		return "x-" + shortHash(name)
	}
	return s
}

// ArticleID derives an article's ID from its URL when it has one, else
// from its normalised text, so the same article always gets the same ID.
func ArticleID(url, text string) string {
	if u := strings.TrimSpace(url); u != "" {
		return "u-" + shortHash(strings.TrimRight(strings.ToLower(u), "/"))
	}
	return "t-" + shortHash(NormalizeText(text))
}

// ContentHash is the hash of an article's normalised text; a changed hash
// means a changed article.
func ContentHash(text string) string { return shortHash(NormalizeText(text)) }

// NormalizeText collapses whitespace so that reformatting does not change
// an article's identity.
func NormalizeText(s string) string { return strings.Join(strings.Fields(s), " ") }

// StatementID derives a statement's ID from what it says and where, so
// re-extracting the same article gives the same IDs.
func StatementID(article, holder string, stance Stance, target string, start, end int) string {
	return shortHash(article, holder, string(stance), target, strconv.Itoa(start), strconv.Itoa(end))
}

func shortHash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}
