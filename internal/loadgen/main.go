// Command loadgen measures the API under load on loopback: it generates a
// synthetic ~1M-quad stance graph into a bolt store (in a temporary
// folder unless -db names one), serves stancegraph's API and Cayley's own
// HTTP API over the same quad store in this process, each on its own
// loopback port, and drives each with a fixed number of connections for a
// fixed time, printing p50/p99 latency, requests/s and errors.
//
//	go run ./internal/loadgen                        # generate, measure, delete
//	go run ./internal/loadgen -db /tmp/sg/bench.db   # keep (and reuse) the store
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"

	"stancegraph/graph"
	"stancegraph/internal/loadgen/synth"
	"stancegraph/schema"
	"stancegraph/server"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}

func run() error {
	var (
		db       = flag.String("db", "", "bolt store to use (generated when empty); default: a temporary folder, deleted afterwards")
		articles = flag.Int("articles", 7000, "articles to generate (10 statements each)")
		conns    = flag.Int("c", 64, "concurrent connections")
		dur      = flag.Duration("d", 10*time.Second, "duration of each run (at most 30s)")
		cayley   = flag.Bool("cayley", true, "also measure Cayley's HTTP server")
		rate     = flag.Int("rate", 0, "open loop: send this many requests/s in total, spread over the connections, and time each from its scheduled start (0: closed loop, each connection as fast as it is answered)")
		index    = flag.Bool("index", true, "use the read index (false: reads walk the store, as before it existed)")
		nocache  = flag.Bool("nocache", false, "turn the server's response cache off")
	)
	flag.Parse()
	if *dur > 30*time.Second {
		return errors.New("-d: at most 30s")
	}
	ctx := context.Background()
	path := *db
	if path == "" {
		dir, err := os.MkdirTemp("", "stancegraph-load-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "bench.db")
	}
	store, err := graph.Open(ctx, "bolt://"+path)
	if err != nil {
		return err
	}
	defer store.Close()
	if err := generate(ctx, store, *articles); err != nil {
		return err
	}
	quads, _, err := store.Size(ctx)
	if err != nil {
		return err
	}
	start := time.Now()
	if err := store.WarmReadIndex(ctx); err != nil {
		return err
	}
	fmt.Printf("store: %s, %d quads; read index built in %v\n", path, quads, time.Since(start).Round(time.Millisecond))

	store.UseReadIndex(*index)
	api, err := listen(server.New(store, server.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), NoCache: *nocache}))
	if err != nil {
		return err
	}
	prop, actor := synth.ProposalID(7), synth.ActorID(7)
	ps, err := store.ProposalStances(ctx, prop)
	if err != nil {
		return err
	}
	opp := 0
	for _, p := range ps.Opponents {
		opp += p.Count
	}
	fmt.Printf("proposal %s: %d opponent statements by %d actors\n\n", prop, opp, len(ps.Opponents))

	runs := []struct{ name, method, url, body string }{
		{"stancegraph GET /api/v1/proposals/:id", "GET", api + "/api/v1/proposals/" + prop, ""},
		{"stancegraph GET /api/v1/actors/:id/stances", "GET", api + "/api/v1/actors/" + actor + "/stances", ""},
	}
	if *cayley {
		h := &cgraph.Handle{QuadStore: store.QuadStore(), QuadWriter: nil}
		capi := cayleyhttp.NewAPIv2(h)
		capi.SetReadOnly(true)
		capi.SetQueryTimeout(30 * time.Second)
		// Its default caps results at 100; the opponents are more.
		capi.SetQueryLimit(100000)
		cu, err := listen(capi)
		if err != nil {
			return err
		}
		runs = append(runs, struct{ name, method, url, body string }{
			"cayley   POST /api/v2/query (gizmo, opponents of P)", "POST", cu + "/api/v2/query?lang=gizmo", opponentsGizmo(prop),
		})
		// Check Cayley answers the same question with as many rows.
		n, err := countRows(cu+"/api/v2/query?lang=gizmo", opponentsGizmo(prop))
		if err != nil {
			return fmt.Errorf("cayley query: %w", err)
		}
		fmt.Printf("cayley gizmo query returns %d rows (stancegraph: %d opponent statements)\n\n", n, opp)
	}
	mode := "closed loop"
	if *rate > 0 {
		mode = fmt.Sprintf("open loop at %d req/s", *rate)
	}
	fmt.Printf("%s, %v per run, index %v, response cache %v\n", mode, *dur, *index, !*nocache)
	fmt.Printf("%-52s %6s %9s %9s %9s %9s %7s\n", "endpoint", "conns", "req/s", "p50 ms", "p99 ms", "max ms", "errors")
	for _, r := range runs {
		res := load(r.method, r.url, r.body, *conns, *rate, *dur)
		fmt.Printf("%-52s %6d %9.0f %9.2f %9.2f %9.2f %7d\n", r.name, *conns, res.rps, ms(res.p50), ms(res.p99), ms(res.max), res.errors)
	}
	return nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// opponentsGizmo asks Cayley for the opponents of a proposal with the
// evidence of each statement: the question GET /api/v1/proposals/:id
// answers. It walks the target index and each statement's fields by Out
// from a tagged node, the shapes that stay index walks on kv backends
// (Save and Tag..Back scan the whole store there).
func opponentsGizmo(prop string) string {
	var opp []string
	for _, st := range schema.Stances() {
		if st.Polarity() == schema.Oppose {
			opp = append(opp, fmt.Sprintf("%q: true", st))
		}
	}
	return fmt.Sprintf(`var ns = "https://stancegraph.org/ns#";
var oppose = {%s};
function field(id, p) { return g.V(id).Tag("s").Out("<" + ns + p + ">").ToValue(); }
g.V("<%s>").In("<" + ns + "target>").ForEach(function(d) {
  var stance = field(d.id, "stance");
  if (!oppose[stance]) return;
  g.Emit({statement: d.id, holder: field(d.id, "holder"), stance: stance,
          evidence: field(d.id, "evidence"), date: field(d.id, "date"), confidence: field(d.id, "confidence")});
});`, strings.Join(opp, ", "), schema.ProposalIRI(prop))
}

func countRows(u, body string) (int, error) {
	resp, err := http.Post(u, "application/javascript", strings.NewReader(body))
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		return 0, fmt.Errorf("%d: %s", resp.StatusCode, b)
	}
	return strings.Count(string(b), `"statement"`), nil
}

// listen serves h on a free loopback port.
func listen(h http.Handler) (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	go (&http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}).Serve(ln)
	return "http://" + ln.Addr().String(), nil
}

func generate(ctx context.Context, s *graph.Store, articles int) error {
	c, err := s.Counts(ctx)
	if err != nil {
		return err
	}
	if c.Articles >= articles {
		return nil
	}
	fmt.Printf("generating %d articles...\n", articles)
	start := time.Now()
	var batch []*schema.Extraction
	flush := func() error {
		_, errs := s.WriteArticles(ctx, batch)
		batch = batch[:0]
		return errors.Join(errs...)
	}
	err = synth.Each(synth.Config{Articles: articles}, func(x *schema.Extraction) error {
		batch = append(batch, x)
		if len(batch) == 64 {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	fmt.Printf("generated in %v\n", time.Since(start).Round(time.Millisecond))
	return err
}

type result struct {
	rps           float64
	p50, p99, max time.Duration
	errors        int
}

// load drives u from conns connections for d. Closed loop (rate 0): each
// connection sends its next request when the last one is answered. Open
// loop: each connection sends at its share of rate, and latency counts
// from the scheduled send time, so a stalled server is not hidden by the
// client waiting for it (coordinated omission).
func load(method, u, body string, conns, rate int, d time.Duration) result {
	tr := &http.Transport{MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	target, _ := url.Parse(u)
	var (
		mu     sync.Mutex
		lat    []time.Duration
		errs   int
		wg     sync.WaitGroup
		cutoff = time.Now().Add(d)
	)
	start := time.Now()
	for range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			bad := 0
			var every time.Duration
			if rate > 0 {
				every = time.Duration(float64(time.Second) * float64(conns) / float64(rate))
			}
			next := time.Now()
			for time.Now().Before(cutoff) {
				req, _ := http.NewRequest(method, target.String(), strings.NewReader(body))
				t0 := time.Now()
				if every > 0 {
					time.Sleep(time.Until(next))
					t0 = next
					next = next.Add(every)
				}
				resp, err := client.Do(req)
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode != 200 {
						err = fmt.Errorf("status %d", resp.StatusCode)
					}
				}
				mine = append(mine, time.Since(t0))
				if err != nil {
					bad++
				}
			}
			mu.Lock()
			lat = append(lat, mine...)
			errs += bad
			mu.Unlock()
		}()
	}
	wg.Wait()
	el := time.Since(start)
	slices.Sort(lat)
	q := func(p float64) time.Duration {
		if len(lat) == 0 {
			return 0
		}
		return lat[min(len(lat)-1, int(p*float64(len(lat))))]
	}
	return result{rps: float64(len(lat)) / el.Seconds(), p50: q(0.5), p99: q(0.99), max: q(1), errors: errs}
}
