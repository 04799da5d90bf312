package graph

import (
	"sync"

	"github.com/cayleygraph/quad"

	"stancegraph/schema"
)

// metaCache keeps actors, proposals and counts as last read from the
// store. An actor's name, kind and aliases are spread over one quad per
// article that mentions it, so reading a much-mentioned actor is a long
// index walk; the cache makes it one walk per change. Writes invalidate the
// entries of every node an article touches.
type metaCache struct {
	// off: other processes may write the store (PostgreSQL), so nothing
	// read can be kept.
	off       bool
	mu        sync.Mutex
	actors    map[string]schema.Actor
	proposals map[string]schema.Proposal
	counts    *Counts
}

func newMetaCache() *metaCache {
	return &metaCache{actors: map[string]schema.Actor{}, proposals: map[string]schema.Proposal{}}
}

func (c *metaCache) actor(id string) (schema.Actor, bool) {
	if c.off {
		return schema.Actor{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	a, ok := c.actors[id]
	return a, ok
}

func (c *metaCache) putActor(a schema.Actor) {
	c.mu.Lock()
	c.actors[a.ID] = a
	c.mu.Unlock()
}

func (c *metaCache) proposal(id string) (schema.Proposal, bool) {
	if c.off {
		return schema.Proposal{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	p, ok := c.proposals[id]
	return p, ok
}

func (c *metaCache) putProposal(p schema.Proposal) {
	c.mu.Lock()
	c.proposals[p.ID] = p
	c.mu.Unlock()
}

func (c *metaCache) getCounts() (Counts, bool) {
	if c.off {
		return Counts{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.counts == nil {
		return Counts{}, false
	}
	return *c.counts, true
}

func (c *metaCache) putCounts(n Counts) {
	c.mu.Lock()
	c.counts = &n
	c.mu.Unlock()
}

// invalidate drops what the quads' subjects and objects may have changed.
func (c *metaCache) invalidate(quads []quad.Quad) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counts = nil
	for _, q := range quads {
		for _, v := range []quad.Value{q.Subject, q.Object} {
			kind, id, ok := schema.SplitIRI(iriOf(v))
			if !ok {
				continue
			}
			switch kind {
			case "actor":
				delete(c.actors, id)
			case "proposal":
				delete(c.proposals, id)
			case "affiliation":
				// person--org: the person's affiliations changed
				if person, _, ok := cutAffiliation(id); ok {
					delete(c.actors, person)
				}
			}
		}
	}
}

func cutAffiliation(id string) (person, org string, ok bool) {
	for i := 0; i+1 < len(id); i++ {
		if id[i] == '-' && id[i+1] == '-' {
			return id[:i], id[i+2:], true
		}
	}
	return "", "", false
}
