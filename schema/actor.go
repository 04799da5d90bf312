package schema

import (
	"fmt"
	"strings"
)

// ActorKind says what sort of actor a node is.
type ActorKind string

const (
	Person       ActorKind = "person"
	Organisation ActorKind = "organisation"
	Country      ActorKind = "country"
	Group        ActorKind = "group"
	Media        ActorKind = "media"
)

// ActorKinds lists the valid actor kinds.
func ActorKinds() []ActorKind { return []ActorKind{Person, Organisation, Country, Group, Media} }

// ParseActorKind returns the kind named by s ("organization" is accepted).
func ParseActorKind(s string) (ActorKind, error) {
	switch k := strings.ToLower(strings.TrimSpace(s)); k {
	case "person", "organisation", "country", "group", "media":
		return ActorKind(k), nil
	case "organization", "org":
		return Organisation, nil
	}
	return "", fmt.Errorf("schema: unknown actor kind %q", s)
}

// Actor is a person, organisation, country, group or media outlet that holds
// or voices positions.
type Actor struct {
	ID           string        `json:"id"`
	Name         string        `json:"name"`
	Kind         ActorKind     `json:"kind"`
	Aliases      []string      `json:"aliases,omitempty"`
	Affiliations []Affiliation `json:"affiliations,omitempty"`
}

// Affiliation ties a person to an organisation, with the role the article
// gives ("a senior member of the Hamas political bureau").
type Affiliation struct {
	Org  string `json:"org"` // actor ID of the organisation
	Role string `json:"role,omitempty"`
}

// Proposal is something actors take positions on: a plan, resolution,
// force, deal, bill...
type Proposal struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
}
