package schema

import "time"

// Article is one source document.
type Article struct {
	ID        string    `json:"id"`
	URL       string    `json:"url,omitempty"`
	Title     string    `json:"title,omitempty"`
	Source    string    `json:"source,omitempty"`
	Published time.Time `json:"published,omitzero"`
	File      string    `json:"file,omitempty"` // where it was read from, when a file
	Text      string    `json:"-"`              // the body the offsets refer to
	Hash      string    `json:"hash,omitempty"` // content hash of Text, to detect changes
}

// Undated reports whether the article has no publication date.
func (a Article) Undated() bool { return a.Published.IsZero() }

// Statement is one position: Holder takes Stance towards Target, voiced by
// Speaker, as Evidence (the sentence between Start and End in the
// article's text) shows.
type Statement struct {
	ID         string    `json:"id"`
	Holder     string    `json:"holder"` // actor ID
	Speaker    string    `json:"speaker,omitempty"`
	Stance     Stance    `json:"stance"`
	Polarity   Polarity  `json:"polarity"`
	Target     string    `json:"target"`      // proposal or actor ID
	TargetKind string    `json:"target_kind"` // "proposal" or "actor"
	Article    string    `json:"article"`     // article ID
	Evidence   string    `json:"evidence"`
	Start      int       `json:"start"` // character (rune) offsets of Evidence in the article text
	End        int       `json:"end"`
	Date       time.Time `json:"date,omitzero"`
	Confidence float64   `json:"confidence"`
	Hedged     bool      `json:"hedged,omitempty"`
	Negated    bool      `json:"negated,omitempty"`
	ReportedBy string    `json:"reported_by,omitempty"` // actor ID of a medium that reported it
	Manual     bool      `json:"manual,omitempty"`      // added by an analyst, not extracted
}

// Target kinds.
const (
	TargetProposal = "proposal"
	TargetActor    = "actor"
)

// Extraction is everything one article contributes to the graph. The graph
// writes it as one unit.
type Extraction struct {
	Article    Article     `json:"article"`
	Actors     []Actor     `json:"actors"`
	Proposals  []Proposal  `json:"proposals"`
	Statements []Statement `json:"statements"`
}
