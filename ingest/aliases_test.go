package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"stancegraph/ingest"
	"stancegraph/ingest/extract"
	"stancegraph/schema"
)

func writeFile(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const aliasYAML = `actors:
  - name: Copa Verde
    kind: group
    aliases: [Copa Verde Association, CVA]
  - name: Norland
    kind: country
    aliases: [Norlandic Republic]
proposals:
  - name: Border Truce
    aliases: [ceasefire line deal, truce]
`

type fixed struct{ x schema.Extraction }

func (f fixed) Extract(ctx context.Context, a schema.Article) (*schema.Extraction, error) {
	x := f.x
	x.Article = a
	x.Actors = append([]schema.Actor(nil), f.x.Actors...)
	x.Proposals = append([]schema.Proposal(nil), f.x.Proposals...)
	x.Statements = append([]schema.Statement(nil), f.x.Statements...)
	return &x, nil
}

func TestAliasesMapNamesToCanonicalNodes(t *testing.T) {
	al, err := ingest.LoadAliases(writeFile(t, "aliases.yaml", aliasYAML))
	if err != nil {
		t.Fatal(err)
	}
	st := func(holder, target string, start int) schema.Statement {
		return schema.Statement{ID: "x" + holder + target, Holder: holder, Stance: schema.Rejects, Polarity: schema.Oppose,
			Target: target, TargetKind: schema.TargetProposal, Start: start, End: start + 5, Confidence: 0.8}
	}
	ex := fixed{schema.Extraction{
		Actors: []schema.Actor{
			{ID: "cva", Name: "CVA", Kind: schema.Organisation},
			{ID: "norlandic-republic", Name: "Norlandic Republic", Kind: schema.Organisation},
			{ID: "norland", Name: "Norland", Kind: schema.Country},
		},
		Proposals: []schema.Proposal{
			{ID: "truce-proposal", Name: "the truce proposal"},
			{ID: "trucey", Name: "a trucelike scheme"},
		},
		Statements: []schema.Statement{st("cva", "truce-proposal", 0), st("norlandic-republic", "trucey", 10), st("norland", "trucey", 10)},
	}}
	x, err := al.Wrap(ex).Extract(context.Background(), schema.Article{ID: "a1"})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]schema.Actor{}
	for _, a := range x.Actors {
		ids[a.ID] = a
	}
	if len(x.Actors) != 2 || ids["copa-verde"].Kind != schema.Group || ids["norland"].Kind != schema.Country {
		t.Errorf("actors = %+v", x.Actors)
	}
	if got := ids["norland"].Aliases; len(got) != 1 || got[0] != "Norlandic Republic" {
		t.Errorf("Norland aliases = %v", got)
	}
	if len(x.Proposals) != 2 || x.Proposals[0].ID != "border-truce" || x.Proposals[1].ID != "trucey" {
		t.Errorf("proposals = %+v (\"trucelike\" must not match \"truce\")", x.Proposals)
	}
	// The two Norland statements became one.
	if len(x.Statements) != 2 || x.Statements[0].Holder != "copa-verde" || x.Statements[0].Target != "border-truce" || x.Statements[1].Holder != "norland" {
		t.Errorf("statements = %+v", x.Statements)
	}
}

func TestAliasedActorIsRecognised(t *testing.T) {
	al, err := ingest.LoadAliases(writeFile(t, "aliases.json", `{"actors": [{"name": "Copa Verde", "kind": "group"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	text := "Copa Verde rejected the carbon tax bill on Monday."
	a := schema.Article{ID: "t1", Text: text}
	plain, _ := extract.New().Extract(context.Background(), a)
	with, err := al.Wrap(extract.New(extract.WithActors(al.ActorList()))).Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	holds := func(x *schema.Extraction) bool {
		for _, st := range x.Statements {
			if st.Holder == "copa-verde" && st.Polarity == schema.Oppose {
				return true
			}
		}
		return false
	}
	if holds(plain) {
		t.Skip("the built-in extractor already knows this name; the test proves nothing")
	}
	if !holds(with) {
		t.Errorf("with the aliases file, no opposition by Copa Verde: %+v", with.Statements)
	}
}

func TestLoadAliasesErrors(t *testing.T) {
	tests := map[string]string{
		"a.yaml": "actors:\n  - kind: group\n",                                              // no name
		"b.yaml": "actors:\n  - name: X\n    kind: planet\n",                                // bad kind
		"c.yaml": "actors:\n  - name: X\n    colour: red\n",                                 // unknown field
		"d.json": `{"actors": [`,                                                            // truncated
		"e.txt":  "actors: []",                                                              // unknown format
		"f.yaml": "actors:\n  - name: A\n    aliases: [Z]\n  - name: B\n    aliases: [z]\n", // one name, two actors
	}
	for name, body := range tests {
		_, err := ingest.LoadAliases(writeFile(t, name, body))
		if err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: err = %v, want an error naming the file", name, err)
		}
	}
	if _, err := ingest.LoadAliases(filepath.Join(t.TempDir(), "missing.yaml")); err == nil {
		t.Error("missing file accepted")
	}
}
