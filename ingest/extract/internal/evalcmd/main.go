// Command evalcmd runs the extract pipeline over plain-text article files
// and prints one JSON object per statement, in the format of
// `stancegraph extract --format jsonl`, for scripts/eval.sh.
//
// A file's first line is its title when it is short and followed by a blank
// line; otherwise the whole file is the body.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"stancegraph/ingest/extract"
	"stancegraph/schema"
)

type row struct {
	File       string  `json:"file"`
	Article    string  `json:"article"`
	Holder     string  `json:"holder"`
	HolderKind string  `json:"holder_kind"`
	Speaker    string  `json:"speaker,omitempty"`
	Stance     string  `json:"stance"`
	Polarity   int     `json:"polarity"`
	Target     string  `json:"target"`
	TargetKind string  `json:"target_kind"`
	Evidence   string  `json:"evidence"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Date       string  `json:"date,omitempty"`
	Confidence float64 `json:"confidence"`
	Hedged     bool    `json:"hedged,omitempty"`
}

func main() {
	p := extract.New()
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, path := range os.Args[1:] {
		raw, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		title, body := splitTitle(string(raw))
		id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		x, err := p.Extract(context.Background(), schema.Article{ID: id, Title: title, Text: body, File: path})
		if err != nil {
			fmt.Fprintln(os.Stderr, path, err)
			os.Exit(1)
		}
		names := map[string]schema.Actor{}
		for _, a := range x.Actors {
			names[a.ID] = a
		}
		props := map[string]string{}
		for _, pr := range x.Proposals {
			props[pr.ID] = pr.Name
		}
		for _, s := range x.Statements {
			r := row{File: path, Article: id, Holder: names[s.Holder].Name, HolderKind: string(names[s.Holder].Kind),
				Stance: string(s.Stance), Polarity: int(s.Polarity), TargetKind: s.TargetKind, Evidence: s.Evidence,
				Start: s.Start, End: s.End, Confidence: s.Confidence, Hedged: s.Hedged}
			if s.Speaker != "" {
				r.Speaker = names[s.Speaker].Name
			}
			if s.TargetKind == schema.TargetActor {
				r.Target = names[s.Target].Name
			} else {
				r.Target = props[s.Target]
			}
			if !s.Date.IsZero() {
				r.Date = s.Date.Format("2006-01-02")
			}
			if err := enc.Encode(r); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
		}
	}
}

func splitTitle(s string) (title, body string) {
	first, rest, ok := strings.Cut(s, "\n")
	if ok && len(first) < 160 && strings.HasPrefix(rest, "\n") || ok && len(first) < 160 && strings.HasPrefix(rest, "\r\n") {
		return strings.TrimSpace(first), rest
	}
	return "", s
}
