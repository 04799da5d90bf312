package ingest_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"stancegraph/graph"
	"stancegraph/ingest"
	"stancegraph/ingest/extract"
)

// writeCorpus writes n generated news-like articles as JSON Lines, one at a
// time, so generating 100,000 of them takes no memory. The texts are built
// from templates over a fixed pool of actors and proposals (seeded, so the
// corpus is the same on every run).
func writeCorpus(tb testing.TB, path string, n int) int64 {
	tb.Helper()
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	actors := []string{"France", "Germany", "Russia", "China", "Brazil", "India", "Japan", "Turkey",
		"the European Union", "NATO", "the African Union", "Hamas", "Israel", "Egypt", "Qatar", "Norway",
		"the Labour Party", "the Conservative Party", "the World Bank", "the United Nations"}
	topics := []string{"ceasefire plan", "peace deal", "carbon tax bill", "trade agreement", "sanctions package",
		"peacekeeping mission", "border truce", "pension reform", "draft resolution", "energy charter",
		"migration pact", "budget framework", "fishing agreement", "arms embargo", "election law"}
	regions := []string{"the Sahel", "the Baltic", "Gaza", "the Caucasus", "the Horn of Africa", "the Balkans", "Kashmir", "the Arctic"}
	support := []string{"backed", "supported", "welcomed", "accepted", "endorsed"}
	oppose := []string{"rejected", "opposed", "condemned", "criticised", "dismissed"}
	filler := []string{
		"Talks are expected to continue next week in Geneva.",
		"Officials declined to give further details about the timetable.",
		"The meeting lasted more than four hours and ended without a joint statement.",
		"Analysts said the outcome would depend on the next round of negotiations.",
		"Markets reacted calmly to the news on Tuesday.",
	}
	r := rand.New(rand.NewPCG(1, 2))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	var total int64
	enc := json.NewEncoder(w)
	for i := range n {
		topic := pick(topics) + " for " + pick(regions)
		var b strings.Builder
		for range 3 + r.IntN(4) {
			a := pick(actors)
			verb := pick(support)
			if r.IntN(2) == 0 {
				verb = pick(oppose)
			}
			fmt.Fprintf(&b, "%s %s the %s on %s. ", capital(a), verb, topic, pick([]string{"Monday", "Tuesday", "Friday"}))
			b.WriteString(pick(filler))
			b.WriteString(" ")
		}
		text := b.String()
		total += int64(len(text))
		rec := map[string]string{
			"url":       "https://example.org/news/" + strconv.Itoa(i),
			"title":     "Report " + strconv.Itoa(i),
			"source":    "Generated Wire",
			"published": time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%365).Format("2006-01-02"),
			"text":      text,
		}
		if err := enc.Encode(rec); err != nil {
			tb.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	return total
}

func capital(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// BenchmarkIngest ingests generated corpora of 10,000 and 100,000 articles
// into a fresh bolt store and reports articles/s, quads/s and the peak
// resident memory of the process. Run it with
//
//	go test -run '^$' -bench Ingest -benchtime 1x ./ingest
func BenchmarkIngest(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			dir := b.TempDir()
			corpus := filepath.Join(dir, "corpus.jsonl")
			bytes := writeCorpus(b, corpus, n)
			resetPeakRSS()
			stop := sampleAnon()
			b.ResetTimer()
			for range b.N {
				store, err := graph.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
				if err != nil {
					b.Fatal(err)
				}
				start := time.Now()
				sum, err := ingest.Run(context.Background(), store, extract.New(), []string{corpus}, ingest.Options{})
				elapsed := time.Since(start)
				if err != nil || sum.Failed > 0 || sum.New != n {
					b.Fatalf("ingest: %v, %+v", err, sum.Failures)
				}
				quads, _, _ := store.Size(context.Background())
				b.ReportMetric(float64(n)/elapsed.Seconds(), "articles/s")
				b.ReportMetric(float64(quads)/elapsed.Seconds(), "quads/s")
				b.ReportMetric(float64(sum.Statements), "statements")
				b.ReportMetric(float64(bytes)/elapsed.Seconds()/1e6, "MB/s")
				store.Close()
			}
			b.StopTimer()
			b.ReportMetric(stop(), "peak-anon-MB")
			b.ReportMetric(procStatusMB("VmHWM:"), "peak-RSS-MB")
		})
	}
}

// resetPeakRSS zeroes the kernel's high-water mark of this process's
// resident memory (Linux), so each run reports its own peak.
func resetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// procStatusMB reads a memory figure (in kB) from /proc/self/status.
func procStatusMB(field string) float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, field); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}

// sampleAnon tracks the peak of the process's anonymous resident memory
// (heap, stacks: what the program itself holds) until the returned func is
// called, which reports it. Total RSS also counts the bolt file's pages
// that the kernel maps in and can drop at will; VmHWM reports that.
func sampleAnon() func() float64 {
	done := make(chan struct{})
	peak := make(chan float64)
	go func() {
		max := 0.0
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			if v := procStatusMB("RssAnon:"); v > max {
				max = v
			}
			select {
			case <-t.C:
			case <-done:
				peak <- max
				return
			}
		}
	}()
	return func() float64 { close(done); return <-peak }
}
