package schema

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Stance is the fine-grained verb of a statement. It is a closed set: every
// value belongs to either the support side or the oppose side.
type Stance string

// Support side.
const (
	Supports  Stance = "supports"
	Backs     Stance = "backs"
	Proposes  Stance = "proposes"
	Accepts   Stance = "accepts"
	AgreesTo  Stance = "agrees"
	Demands   Stance = "demands"
	CallsFor  Stance = "calls-for"
	Welcomes  Stance = "welcomes"
	Endorses  Stance = "endorses"
	Approves  Stance = "approves"
	Praises   Stance = "praises"
	Defends   Stance = "defends"
	Insists   Stance = "insists-on"
	Announces Stance = "announces"
)

// Oppose side.
const (
	Opposes    Stance = "opposes"
	Rejects    Stance = "rejects"
	Condemns   Stance = "condemns"
	Criticises Stance = "criticises"
	Refuses    Stance = "refuses"
	Vetoes     Stance = "vetoes"
	Denounces  Stance = "denounces"
	Warns      Stance = "warns-against"
	Blocks     Stance = "blocks"
	Dismisses  Stance = "dismisses"
)

// Polarity is +1 for support and -1 for opposition.
type Polarity int

const (
	Oppose  Polarity = -1
	Support Polarity = 1
)

func (p Polarity) String() string {
	switch p {
	case Support:
		return "support"
	case Oppose:
		return "oppose"
	}
	return fmt.Sprintf("Polarity(%d)", int(p))
}

// ParsePolarity accepts "support"/"oppose", "+1"/"1"/"-1".
func ParsePolarity(s string) (Polarity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "support", "+1", "1", "pro", "+":
		return Support, nil
	case "oppose", "-1", "con", "-":
		return Oppose, nil
	}
	return 0, fmt.Errorf("schema: unknown polarity %q (want support, oppose, +1 or -1)", s)
}

var stancePolarity = map[Stance]Polarity{
	Supports: Support, Backs: Support, Proposes: Support, Accepts: Support,
	AgreesTo: Support, Demands: Support, CallsFor: Support, Welcomes: Support,
	Endorses: Support, Approves: Support, Praises: Support, Defends: Support,
	Insists: Support, Announces: Support,
	Opposes: Oppose, Rejects: Oppose, Condemns: Oppose, Criticises: Oppose,
	Refuses: Oppose, Vetoes: Oppose, Denounces: Oppose, Warns: Oppose,
	Blocks: Oppose, Dismisses: Oppose,
}

// stanceAliases maps spellings users and extractors write to the canonical
// kind, so "agreed", "criticizes" or "calls for" parse, but an unknown word
// is still an error.
var stanceAliases = map[string]Stance{
	"support": Supports, "back": Backs, "propose": Proposes, "accept": Accepts,
	"agree": AgreesTo, "agrees-to": AgreesTo, "demand": Demands, "call-for": CallsFor,
	"calls for": CallsFor, "welcome": Welcomes, "endorse": Endorses, "approve": Approves,
	"praise": Praises, "defend": Defends, "insist": Insists, "insists": Insists,
	"announce": Announces,
	"oppose":   Opposes, "reject": Rejects, "condemn": Condemns, "criticise": Criticises,
	"criticize": Criticises, "criticizes": Criticises, "refuse": Refuses, "veto": Vetoes,
	"denounce": Denounces, "warn-against": Warns, "warns against": Warns, "block": Blocks,
	"dismiss": Dismisses,
}

// Stances lists every stance kind, support side first, in a stable order.
func Stances() []Stance {
	return []Stance{
		Supports, Backs, Proposes, Accepts, AgreesTo, Demands, CallsFor, Welcomes,
		Endorses, Approves, Praises, Defends, Insists, Announces,
		Opposes, Rejects, Condemns, Criticises, Refuses, Vetoes, Denounces, Warns,
		Blocks, Dismisses,
	}
}

// ParseStance returns the stance kind named by s. Unknown strings are an
// error: a stance is never guessed.
func ParseStance(s string) (Stance, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	if _, ok := stancePolarity[Stance(k)]; ok {
		return Stance(k), nil
	}
	if st, ok := stanceAliases[k]; ok {
		return st, nil
	}
	return "", fmt.Errorf("schema: unknown stance %q", s)
}

// Valid reports whether s is one of the closed set of stance kinds.
func (s Stance) Valid() bool { _, ok := stancePolarity[s]; return ok }

// Polarity returns +1 for the support side and -1 for the oppose side; 0 for
// an invalid stance.
func (s Stance) Polarity() Polarity { return stancePolarity[s] }

func (s Stance) String() string { return string(s) }

// UnmarshalText makes decoding reject unknown stance kinds.
func (s *Stance) UnmarshalText(b []byte) error {
	v, err := ParseStance(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// MarshalJSON writes the stance as its string.
func (s Stance) MarshalJSON() ([]byte, error) { return json.Marshal(string(s)) }
