package extract

import (
	"context"
	"fmt"
	"os"
	"testing"
)

func TestDebugDump(t *testing.T) {
	path := os.Getenv("DUMP")
	if path == "" {
		t.Skip()
	}
	raw, _ := os.ReadFile(path)
	p := New()
	an := newAnalysis(p, string(raw))
	an.run(context.Background())
	for i, s := range an.sents {
		fmt.Printf("S%d %q\n", i, an.text[s.sp.b:min(s.sp.e, s.sp.b+80)])
		for _, m := range s.ments {
			e := an.ents[m.ent]
			fmt.Printf("   [%s] -> %s (%s) affil=%d role=%v pron=%v\n", textOf(an.text, s.toks, m.s, m.e), e.name, e.kind, e.affil, m.role, m.pron)
		}
	}
	for i, e := range an.ents {
		fmt.Println(i, e.name, e.kind, e.affil, e.role)
	}
}
