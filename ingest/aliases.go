package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/goccy/go-yaml"

	"stancegraph/schema"
)

// Aliases is an analyst's list of actors and proposals: canonical names
// with the other names they go by. Loaded at ingest and serve time, it
// makes the extractor recognise the actors and maps every name it lists to
// one node, so "ISF", "the stabilisation force" and "International
// Stabilization Force" are one proposal.
//
//	actors:
//	  - name: Hamas
//	    kind: organisation
//	    aliases: [Islamic Resistance Movement]
//	proposals:
//	  - name: International Stabilization Force
//	    aliases: [ISF, international security force]
type Aliases struct {
	Actors    []AliasEntry `json:"actors" yaml:"actors"`
	Proposals []AliasEntry `json:"proposals" yaml:"proposals"`

	actorByName map[string]schema.Actor
	proposals   []proposalPattern
}

// AliasEntry is one canonical node and its other names.
type AliasEntry struct {
	Name    string   `json:"name" yaml:"name"`
	Kind    string   `json:"kind,omitempty" yaml:"kind,omitempty"` // actors: person, organisation, country, group, media
	Aliases []string `json:"aliases,omitempty" yaml:"aliases,omitempty"`
}

type proposalPattern struct {
	re *regexp.Regexp
	p  schema.Proposal
}

// LoadAliases reads an aliases file, YAML (.yaml, .yml) or JSON (.json).
func LoadAliases(path string) (*Aliases, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("aliases %s: %w", path, err)
	}
	var a Aliases
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		err = dec.Decode(&a)
	case ".yaml", ".yml":
		err = yaml.UnmarshalWithOptions(data, &a, yaml.Strict())
	default:
		return nil, fmt.Errorf("aliases %s: want a .yaml, .yml or .json file", path)
	}
	if err != nil {
		return nil, fmt.Errorf("aliases %s: %w", path, err)
	}
	if err := a.compile(); err != nil {
		return nil, fmt.Errorf("aliases %s: %w", path, err)
	}
	return &a, nil
}

// compile checks the entries and builds the lookups.
func (a *Aliases) compile() error {
	a.actorByName = map[string]schema.Actor{}
	for i, e := range a.Actors {
		if strings.TrimSpace(e.Name) == "" {
			return fmt.Errorf("actor %d has no name", i+1)
		}
		kind := schema.Organisation
		if e.Kind != "" {
			k, err := schema.ParseActorKind(e.Kind)
			if err != nil {
				return fmt.Errorf("actor %q: %w", e.Name, err)
			}
			kind = k
		}
		act := schema.Actor{ID: schema.Slug(e.Name), Name: e.Name, Kind: kind, Aliases: e.Aliases}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := nameKey(n)
			if prev, dup := a.actorByName[k]; dup && prev.ID != act.ID {
				return fmt.Errorf("name %q belongs to both %q and %q", n, prev.Name, e.Name)
			}
			a.actorByName[k] = act
		}
	}
	for i, e := range a.Proposals {
		if strings.TrimSpace(e.Name) == "" {
			return fmt.Errorf("proposal %d has no name", i+1)
		}
		p := schema.Proposal{ID: schema.Slug(e.Name), Name: e.Name, Aliases: e.Aliases}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			words := strings.Fields(n)
			if len(words) == 0 {
				continue
			}
			for j, w := range words {
				words[j] = regexp.QuoteMeta(w)
			}
			re, err := regexp.Compile(`(?i)(^|[^\pL\pN])` + strings.Join(words, `\s+`) + `($|[^\pL\pN])`)
			if err != nil {
				return fmt.Errorf("proposal %q: %w", e.Name, err)
			}
			a.proposals = append(a.proposals, proposalPattern{re: re, p: p})
		}
	}
	return nil
}

func nameKey(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// ActorList returns the file's actors, for the extractor's gazetteer.
func (a *Aliases) ActorList() []schema.Actor {
	out := make([]schema.Actor, 0, len(a.Actors))
	seen := map[string]bool{}
	for _, act := range a.actorByName {
		if !seen[act.ID] {
			seen[act.ID] = true
			out = append(out, act)
		}
	}
	return out
}

// Wrap returns an Extractor that runs ex and then maps every actor and
// proposal the file names to its canonical node.
func (a *Aliases) Wrap(ex Extractor) Extractor {
	if a == nil {
		return ex
	}
	return aliasExtractor{a: a, ex: ex}
}

type aliasExtractor struct {
	a  *Aliases
	ex Extractor
}

func (w aliasExtractor) Extract(ctx context.Context, art schema.Article) (*schema.Extraction, error) {
	x, err := w.ex.Extract(ctx, art)
	if err != nil || x == nil {
		return x, err
	}
	w.a.apply(x)
	return x, nil
}

// apply renames the extraction's actors and proposals that the file names,
// merging those that become the same node, and points statements at the
// canonical IDs.
func (a *Aliases) apply(x *schema.Extraction) {
	actorID := map[string]string{}
	var actors []schema.Actor
	index := map[string]int{}
	for _, act := range x.Actors {
		canon, ok := a.actorByName[nameKey(act.Name)]
		if !ok {
			for _, al := range act.Aliases {
				if canon, ok = a.actorByName[nameKey(al)]; ok {
					break
				}
			}
		}
		if ok {
			actorID[act.ID] = canon.ID
			extra := append([]string{act.Name}, act.Aliases...)
			act = schema.Actor{ID: canon.ID, Name: canon.Name, Kind: canon.Kind, Aliases: extra, Affiliations: act.Affiliations}
		}
		if i, seen := index[act.ID]; seen {
			actors[i].Aliases = appendNew(actors[i].Aliases, append([]string{act.Name}, act.Aliases...)...)
			actors[i].Affiliations = append(actors[i].Affiliations, act.Affiliations...)
			continue
		}
		act.Aliases = appendNew(nil, act.Aliases...)
		act.Aliases = removeName(act.Aliases, act.Name)
		index[act.ID] = len(actors)
		actors = append(actors, act)
	}
	for i := range actors {
		actors[i].Aliases = removeName(actors[i].Aliases, actors[i].Name)
		for j := range actors[i].Affiliations {
			if to, ok := actorID[actors[i].Affiliations[j].Org]; ok {
				actors[i].Affiliations[j].Org = to
			}
		}
	}
	x.Actors = actors

	propID := map[string]string{}
	var props []schema.Proposal
	pindex := map[string]int{}
	for _, p := range x.Proposals {
		for _, pat := range a.proposals {
			if pat.re.MatchString(p.Name) {
				propID[p.ID] = pat.p.ID
				p = schema.Proposal{ID: pat.p.ID, Name: pat.p.Name, Aliases: append([]string{p.Name}, p.Aliases...)}
				break
			}
		}
		if i, seen := pindex[p.ID]; seen {
			props[i].Aliases = appendNew(props[i].Aliases, append([]string{p.Name}, p.Aliases...)...)
			continue
		}
		p.Aliases = removeName(appendNew(nil, p.Aliases...), p.Name)
		pindex[p.ID] = len(props)
		props = append(props, p)
	}
	for i := range props {
		props[i].Aliases = removeName(props[i].Aliases, props[i].Name)
	}
	x.Proposals = props

	for i := range x.Statements {
		st := &x.Statements[i]
		if to, ok := actorID[st.Holder]; ok {
			st.Holder = to
		}
		if to, ok := actorID[st.Speaker]; ok {
			st.Speaker = to
		}
		if st.TargetKind == schema.TargetActor {
			if to, ok := actorID[st.Target]; ok {
				st.Target = to
			}
		} else if to, ok := propID[st.Target]; ok {
			st.Target = to
		}
		st.ID = schema.StatementID(st.Article, st.Holder, st.Stance, st.Target, st.Start, st.End)
	}
	// Two statements may now say the same thing: keep the first.
	seen := map[string]bool{}
	kept := x.Statements[:0]
	for _, st := range x.Statements {
		if !seen[st.ID] {
			seen[st.ID] = true
			kept = append(kept, st)
		}
	}
	x.Statements = kept
}

func appendNew(list []string, xs ...string) []string {
	for _, x := range xs {
		if x == "" {
			continue
		}
		dup := false
		for _, y := range list {
			dup = dup || y == x
		}
		if !dup {
			list = append(list, x)
		}
	}
	return list
}

func removeName(list []string, name string) []string {
	out := list[:0]
	for _, x := range list {
		if x != name {
			out = append(out, x)
		}
	}
	return out
}
