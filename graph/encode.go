package graph

import (
	"time"

	"github.com/cayleygraph/quad"

	"stancegraph/schema"
)

// encode turns an extraction into the quads that represent it, each
// labelled with the article's IRI. Statements are reified as nodes and
// mirrored by one direct triple holder --stance--> target.
func encode(x *schema.Extraction) []quad.Quad {
	art := quad.IRI(schema.ArticleIRI(x.Article.ID))
	var qs []quad.Quad
	add := func(s quad.Value, p string, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: quad.IRI(p), Object: o, Label: art})
	}
	str := func(s quad.Value, p, v string) {
		if v != "" {
			add(s, p, quad.String(v))
		}
	}

	a := x.Article
	add(art, schema.RDFType, quad.IRI(schema.TypeArticle))
	str(art, schema.PredTitle, a.Title)
	str(art, schema.PredURL, a.URL)
	str(art, schema.PredSource, a.Source)
	str(art, schema.PredFile, a.File)
	str(art, schema.PredHash, a.Hash)
	if !a.Published.IsZero() {
		add(art, schema.PredPublished, timeValue(a.Published))
	}

	for _, ac := range x.Actors {
		n := quad.IRI(schema.ActorIRI(ac.ID))
		add(art, schema.PredMentions, n)
		add(n, schema.RDFType, quad.IRI(schema.TypeActor))
		str(n, schema.PredName, ac.Name)
		str(n, schema.PredKind, string(ac.Kind))
		for _, al := range ac.Aliases {
			str(n, schema.PredAlias, al)
		}
		for _, af := range ac.Affiliations {
			org := quad.IRI(schema.ActorIRI(af.Org))
			add(n, schema.PredAffiliation, org)
			an := quad.IRI(schema.AffiliationIRI(ac.ID, af.Org))
			add(an, schema.PredMember, n)
			add(an, schema.PredOrg, org)
			str(an, schema.PredRole, af.Role)
		}
	}
	for _, p := range x.Proposals {
		n := quad.IRI(schema.ProposalIRI(p.ID))
		add(art, schema.PredMentions, n)
		add(n, schema.RDFType, quad.IRI(schema.TypeProposal))
		str(n, schema.PredName, p.Name)
		for _, al := range p.Aliases {
			str(n, schema.PredAlias, al)
		}
	}
	for _, st := range x.Statements {
		st.Article = x.Article.ID
		encodeStatement(add, st)
	}
	return qs
}

// encodeStatement adds the quads of one statement node and its direct
// triple.
func encodeStatement(add func(s quad.Value, p string, o quad.Value), st schema.Statement) {
	n := quad.IRI(schema.StatementIRI(st.ID))
	holder := quad.IRI(schema.ActorIRI(st.Holder))
	target := quad.IRI(schema.TargetIRI(st.TargetKind, st.Target))
	add(n, schema.RDFType, quad.IRI(schema.TypeStatement))
	add(n, schema.PredHolder, holder)
	if st.Speaker != "" {
		add(n, schema.PredSpeaker, quad.IRI(schema.ActorIRI(st.Speaker)))
	}
	add(n, schema.PredStance, quad.String(st.Stance))
	add(n, schema.PredPolarity, quad.Int(st.Polarity))
	add(n, schema.PredTarget, target)
	if st.Article != "" {
		add(n, schema.PredArticle, quad.IRI(schema.ArticleIRI(st.Article)))
	}
	add(n, schema.PredEvidence, quad.String(st.Evidence))
	add(n, schema.PredStart, quad.Int(st.Start))
	add(n, schema.PredEnd, quad.Int(st.End))
	if !st.Date.IsZero() {
		add(n, schema.PredDate, timeValue(st.Date))
	}
	add(n, schema.PredConfidence, quad.Float(st.Confidence))
	if st.Hedged {
		add(n, schema.PredHedged, quad.Bool(true))
	}
	if st.Negated {
		add(n, schema.PredNegated, quad.Bool(true))
	}
	if st.ReportedBy != "" {
		add(n, schema.PredReportedBy, quad.IRI(schema.ActorIRI(st.ReportedBy)))
	}
	if st.Manual {
		add(n, schema.PredManual, quad.Bool(true))
	}
	// The direct triple, so plain Gizmo reads naturally:
	// g.V("<.../actor/hamas>").Out("<.../ns#rejects>")
	add(holder, schema.StancePredicate(st.Stance), target)
}

// timeValue stores times in UTC at second precision, which every backend
// round-trips exactly.
func timeValue(t time.Time) quad.Time { return quad.Time(t.UTC().Truncate(time.Second)) }
