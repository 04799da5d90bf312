package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"stancegraph/schema"
)

const examples = "../../examples/articles"

// run executes the CLI with args and returns stdout, stderr and the error.
func run(t *testing.T, ctx context.Context, stdin string, args ...string) (string, string, error) {
	t.Helper()
	root := newRoot()
	var out, errw bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errw)
	root.SetIn(strings.NewReader(stdin))
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	return out.String(), errw.String(), err
}

func TestExtractJSONLContract(t *testing.T) {
	out, _, err := run(t, context.Background(), "", "extract", "--format", "jsonl", examples)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 5 {
		t.Fatalf("only %d statements from the examples:\n%s", len(lines), out)
	}
	required := []string{"file", "article", "holder", "holder_kind", "stance", "polarity", "target", "target_kind", "evidence", "start", "end", "date", "confidence"}
	for _, line := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("not JSON: %q", line)
		}
		for _, k := range required {
			if _, ok := rec[k]; !ok {
				t.Errorf("record lacks %q: %s", k, line)
			}
		}
		// The offsets point at the evidence in the article text.
		body, err := os.ReadFile(rec["file"].(string))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(body), rec["evidence"].(string)) {
			t.Errorf("evidence not in %s: %q", rec["file"], rec["evidence"])
		}
		if p := rec["polarity"].(float64); p != 1 && p != -1 {
			t.Errorf("polarity %v", p)
		}
	}
}

func TestExtractStdinAndTable(t *testing.T) {
	out, _, err := run(t, context.Background(), "Norland rejects plan\n\nNorland rejected the ceasefire plan on Monday.\n", "extract", "--format", "table", "-")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "HOLDER") {
		t.Errorf("no table header:\n%s", out)
	}
	if _, _, err := run(t, context.Background(), "", "extract", "--format", "xml", examples); err == nil {
		t.Error("--format xml accepted")
	}
}

func TestIngestTwiceThenQuery(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cli.db")
	ctx := context.Background()
	out, _, err := run(t, ctx, "", "ingest", "--db", db, "--json", examples)
	if err != nil {
		t.Fatal(err)
	}
	var first map[string]any
	if err := json.Unmarshal([]byte(out), &first); err != nil {
		t.Fatalf("--json summary: %v\n%s", err, out)
	}
	if first["new"].(float64) != 6 || first["failed"].(float64) != 0 {
		t.Errorf("first ingest = %v", first)
	}
	out, _, err = run(t, ctx, "", "ingest", "--db", db, examples)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "6 unchanged") {
		t.Errorf("second ingest: %s", out)
	}
	out, _, err = run(t, ctx, "", "query", "--db", db, "g.V('<https://stancegraph.org/actor/russia>').Out('<https://stancegraph.org/ns#vetoes>').All()")
	if err != nil {
		t.Fatal(err)
	}
	var res []map[string]any
	if err := json.Unmarshal([]byte(out), &res); err != nil || len(res) == 0 {
		t.Errorf("query result %q, %v", out, err)
	}
}

func TestIngestReportsFailuresWithExit1(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "ok.txt"), []byte("Plan backed\n\nVesta backed the border plan.\n"), 0o644)
	out, errOut, err := run(t, context.Background(), "", "ingest", "--db", "mem://", dir)
	if !errors.Is(err, errSomeFailed) || exitCode(err) != 1 {
		t.Fatalf("err = %v, want errSomeFailed", err)
	}
	if !strings.Contains(errOut, "empty.txt") || !strings.Contains(out, "1 new") || !strings.Contains(out, "1 failed") {
		t.Errorf("stdout %q stderr %q", out, errOut)
	}
}

func TestBadStoreURL(t *testing.T) {
	_, _, err := run(t, context.Background(), "", "ingest", "--db", "redis://x", examples)
	if err == nil || !strings.Contains(err.Error(), "unknown store scheme") {
		t.Errorf("err = %v", err)
	}
}

func TestServeIngestsAndAnswers(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, _, err := run(t, ctx, "", "serve", "--db", "mem://", "--addr", addr, "--ingest", examples)
		done <- err
	}()
	var resp *http.Response
	for i := 0; i < 100; i++ {
		resp, err = http.Get("http://" + addr + "/api/v1/stats")
		if err == nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil {
		cancel()
		t.Fatalf("server never answered: %v", err)
	}
	var stats map[string]float64
	json.NewDecoder(resp.Body).Decode(&stats)
	resp.Body.Close()
	if stats["articles"] != 6 || stats["statements"] == 0 {
		t.Errorf("stats = %v", stats)
	}
	cancel() // like Ctrl-C: graceful shutdown, no error
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v after cancel", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
}

func TestAliasesFlag(t *testing.T) {
	file := filepath.Join(t.TempDir(), "aliases.yaml")
	os.WriteFile(file, []byte("actors:\n  - name: Copa Verde\n    kind: group\n    aliases: [CVA]\n"), 0o644)
	out, _, err := run(t, context.Background(), "Farmers\n\nCVA rejected the carbon tax bill on Monday.\n", "extract", "--aliases", file, "-")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"holder":"Copa Verde"`) || !strings.Contains(out, `"holder_kind":"group"`) {
		t.Errorf("--aliases did not name the holder:\n%s", out)
	}
	if _, _, err := run(t, context.Background(), "", "extract", "--aliases", filepath.Join(t.TempDir(), "none.yaml"), "-"); err == nil {
		t.Error("a missing aliases file was accepted")
	}
}

func TestCurateSurvivesReingest(t *testing.T) {
	db := filepath.Join(t.TempDir(), "curate.db")
	ctx := context.Background()
	if _, _, err := run(t, ctx, "", "ingest", "--db", db, examples); err != nil {
		t.Fatal(err)
	}
	// Merge the Green Coalition into the Centre Alliance, add a statement
	// by hand, then re-ingest: both stay.
	if _, _, err := run(t, ctx, "", "curate", "--db", db, "--by", "tester", "merge", "actor", "green-coalition", "centre-alliance"); err != nil {
		t.Fatal(err)
	}
	out, _, err := run(t, ctx, "", "curate", "--db", db, "--by", "tester", "add", "--holder", "russia", "--stance", "condemns",
		"--target", "norway", "--target-kind", "actor", "--evidence", "Statement read out on state television.")
	if err != nil {
		t.Fatal(err)
	}
	var manual schema.Statement
	json.Unmarshal([]byte(out), &manual)
	if !manual.Manual || manual.ID == "" {
		t.Fatalf("add printed %s", out)
	}
	if out, _, err := run(t, ctx, "", "ingest", "--db", db, examples); err != nil || !strings.Contains(out, "6 unchanged") {
		t.Fatalf("re-ingest: %v\n%s", err, out)
	}
	out, _, err = run(t, ctx, "", "query", "--db", db, "g.V('<https://stancegraph.org/actor/green-coalition>').Out('<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>').All()")
	if err != nil || strings.Contains(out, "Actor") {
		t.Errorf("merged actor still typed as an actor after re-ingest: %s %v", out, err)
	}
	out, _, err = run(t, ctx, "", "curate", "--db", db, "log")
	if err != nil || strings.Count(out, "\n") != 2 || !strings.Contains(out, `"by":"tester"`) {
		t.Errorf("log: %v\n%s", err, out)
	}
	if _, _, err := run(t, ctx, "", "curate", "--db", db, "merge", "actor", "nobody", "russia"); err == nil {
		t.Error("merging an unknown actor succeeded")
	}
}
