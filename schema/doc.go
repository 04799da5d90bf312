// Package schema is stancegraph's vocabulary: the node kinds, predicates and
// stance kinds of the graph, the IRIs that name them, and the domain types
// (Actor, Proposal, Article, Statement) that the rest of the program passes
// around. It depends on nothing else in stancegraph.
package schema
