package main

// End-to-end test of the web page (server/web) in a real browser: Debian's
// Chromium, headless, driven through the DevTools protocol by chromedp,
// against the real serve command on loopback with the example articles.
//
// It never downloads a browser: without /usr/bin/chromium it skips (CI
// installs the chromium package in .ci/run and sets STANCEGRAPH_E2E_REQUIRE,
// which turns the skip into a failure). Screenshots go to
// $STANCEGRAPH_E2E_ARTIFACTS (default: a temporary directory) and, when
// STANCEGRAPH_SCREENSHOTS names a directory (relative to the module root,
// e.g. docs/screenshots), are copied there too.

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

const (
	chromiumPath = "/usr/bin/chromium"
	e2eToken     = "e2e-secret-token"
	stepTimeout  = 20 * time.Second
)

func TestWebPageInBrowser(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("STANCEGRAPH_E2E_REQUIRE") != "" {
			t.Fatalf("STANCEGRAPH_E2E_REQUIRE is set but %s is missing: %v", chromiumPath, err)
		}
		t.Skipf("skipping the browser test: %s not found (install Debian's chromium and chromium-driver packages; the test never downloads a browser)", chromiumPath)
	}
	base := startServe(t)
	artifacts := os.Getenv("STANCEGRAPH_E2E_ARTIFACTS")
	if artifacts == "" {
		artifacts = t.TempDir()
	} else if err := os.MkdirAll(artifacts, 0o755); err != nil {
		t.Fatal(err)
	}
	copyTo := ""
	if d := os.Getenv("STANCEGRAPH_SCREENSHOTS"); d != "" {
		if !filepath.IsAbs(d) {
			d = filepath.Join("..", "..", d) // relative to the module root
		}
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		copyTo = d
	}

	// The whole browser session is bounded; so is every step below.
	root, cancelRoot := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancelRoot()
	alloc, cancelAlloc := chromedp.NewExecAllocator(root,
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
		chromedp.WindowSize(1280, 900),
	)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	// Start the browser with the session's context: the first Do binds the
	// browser's life to the context it gets (root bounds it).
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", chromiumPath, err)
	}

	// Collect what the page writes to the console; uncaught exceptions and
	// console.error calls fail the test at the end.
	var (
		mu       sync.Mutex
		problems []string
	)
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			line := fmt.Sprintf("%s %s (%s:%d)", m.Type, m.Text, m.URL, m.Line)
			if m.Source == "network" {
				// Failed requests the page expects (the 401 of a wrong token).
				t.Logf("browser: %s", line)
				continue
			}
			if m.Type == chromedp.ConsoleException || m.Type == chromedp.ConsoleError {
				mu.Lock()
				problems = append(problems, line)
				mu.Unlock()
			}
		}
	}()

	shot := func(name string, full bool) {
		t.Helper()
		sctx, scancel := context.WithTimeout(ctx, stepTimeout)
		defer scancel()
		var buf []byte
		var err error
		if full {
			buf, err = chromedp.Run(sctx, chromedp.FullScreenshot(100)) // 100: PNG
		} else {
			buf, err = chromedp.Run(sctx, chromedp.CaptureScreenshot())
		}
		if err != nil {
			t.Errorf("screenshot %s: %v", name, err)
			return
		}
		p := filepath.Join(artifacts, name+".png")
		if err := os.WriteFile(p, buf, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", p)
		if copyTo != "" && !strings.HasPrefix(name, "failed-") {
			if err := os.WriteFile(filepath.Join(copyTo, name+".png"), buf, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	// step runs actions with a time limit; on failure it saves a screenshot
	// of what the browser shows.
	step := func(name string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, scancel := context.WithTimeout(ctx, stepTimeout)
		defer scancel()
		if err := chromedp.Do(sctx, actions...); err != nil {
			shot("failed-"+strings.ReplaceAll(name, " ", "-"), false)
			t.Fatalf("%s: %v", name, err)
		}
	}
	// waitFor polls a JavaScript predicate until it holds.
	waitFor := func(name, predicate string) {
		t.Helper()
		step("wait for "+name, chromedp.Poll[chromedp.Void](predicate, chromedp.WithPollingTimeout(stepTimeout), chromedp.WithPollingInterval(50*time.Millisecond)))
	}
	eval := func(expr string) string {
		t.Helper()
		sctx, scancel := context.WithTimeout(ctx, stepTimeout)
		defer scancel()
		v, err := chromedp.Run(sctx, chromedp.Evaluate[string](expr))
		if err != nil {
			t.Fatalf("evaluate %s: %v", expr, err)
		}
		return v
	}
	// The view is built for the current address and no longer busy.
	const viewReady = `(document.querySelector('main').dataset.route || '#') === (location.hash || '#') && document.querySelector('main').getAttribute('aria-busy') === 'false'`

	// 1. The overview paints fast. The first load also pays for the
	// browser's own start, so the bound applies to a second, fresh load
	// of the page (the browser revalidates every file: no-cache + ETag).
	paint := func() float64 {
		waitFor("the overview", viewReady+` && document.querySelector('main h1') !== null`)
		fcp := eval(`String((performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime ?? -1)`)
		var ms float64
		fmt.Sscan(fcp, &ms)
		return ms
	}
	step("open the page", chromedp.Navigate(base+"/"))
	cold := paint()
	// A busy machine (go test runs packages in parallel) can stall one
	// load; the best of three is the page's own time.
	warm := -1.0
	var loads []string
	for range 3 {
		step("leave the page", chromedp.Navigate("about:blank"))
		step("open the page again", chromedp.Navigate(base+"/"))
		ms := paint()
		loads = append(loads, fmt.Sprintf("%.0f", ms))
		if ms >= 0 && (warm < 0 || ms < warm) {
			warm = ms
		}
		if warm >= 0 && warm < 1000 {
			break
		}
	}
	t.Logf("first contentful paint: %.0f ms with a cold browser, then %s ms", cold, strings.Join(loads, ", "))
	if warm < 0 || warm > 1000 {
		t.Errorf("first contentful paint = %.0f ms, want under 1000 ms", warm)
	}

	// 2. Search an actor by name, pick it with the keyboard.
	step("type a search", chromedp.SendKeys(chromedp.CSS("#q"), "Estav"))
	waitFor("search results", `[...document.querySelectorAll('#search-results [role=option]')].some(o => o.textContent.includes('Estavia'))`)
	if got := eval(`document.getElementById('search-status').textContent`); !strings.Contains(got, "match") {
		t.Errorf("search status (aria-live) = %q", got)
	}
	step("choose the first result with the keyboard", chromedp.SendKeys(chromedp.CSS("#q"), kb.ArrowDown+"\r"))
	waitFor("the actor page", `location.hash === '#/actor/estavia' && `+viewReady+` && document.querySelector('main h1').textContent === 'Estavia'`)
	if n := eval(`String(document.querySelectorAll('svg.timeline polygon').length)`); n == "0" {
		t.Errorf("actor timeline has no points")
	}
	shot("actor", true)

	// 3. Open a proposal from the actor's positions: supporters and
	// opponents side by side, each with evidence and its source.
	step("open the proposal", chromedp.Click(chromedp.CSS(`.positions a[href="#/proposal/ceasefire-dravic-valley"]`)))
	waitFor("the proposal page", `location.hash === '#/proposal/ceasefire-dravic-valley' && `+viewReady+
		` && document.querySelectorAll('.side-support .card').length > 0 && document.querySelectorAll('.side-oppose .card').length > 0`)
	support := eval(`document.querySelector('.side-support').innerText`)
	oppose := eval(`document.querySelector('.side-oppose').innerText`)
	for _, want := range []string{"Estavia", "European Union", "accepted the EU-backed ceasefire plan", "Estavia accepts ceasefire plan after talks in Geneva", "Northgate Wire", "2026-03-23"} {
		if !strings.Contains(support, want) {
			t.Errorf("supporters lack %q:\n%s", want, support)
		}
	}
	for _, want := range []string{"Estavia", "rejected the EU-backed ceasefire plan", "2026-03-02"} {
		if !strings.Contains(oppose, want) {
			t.Errorf("opponents lack %q:\n%s", want, oppose)
		}
	}
	marks := eval(`[...document.querySelectorAll('.side-oppose .ev-text mark')].map(m => m.className + ':' + m.textContent).join('|')`)
	for _, want := range []string{"hl-holder:Estavia", "hl-verb:rejected", "hl-target:ceasefire plan for the Dravic Valley"} {
		if !strings.Contains(marks, want) {
			t.Errorf("highlights in the opponents' evidence = %q, want %q among them", marks, want)
		}
	}
	if got := eval(`document.getElementById('announce').textContent`); !strings.Contains(got, "supporter") {
		t.Errorf("live region after opening the proposal = %q", got)
	}
	shot("proposal", true)

	// The example articles have no URL, so a title opens the page's view of
	// the article: its statements in text order.
	step("open an article", chromedp.Click(chromedp.CSS(`.side-oppose .src-title`)))
	waitFor("the article page", `location.hash.startsWith('#/article/') && `+viewReady+
		` && document.querySelector('main h1').textContent === 'Estavia rejects EU-backed ceasefire plan for the Dravic Valley' && document.querySelectorAll('.evidence').length > 3`)
	step("back to the proposal", chromedp.NavigateBack())
	waitFor("the proposal again", `location.hash === '#/proposal/ceasefire-dravic-valley' && `+viewReady)

	// 4. The stance matrix, its hover/focus counts and a date range.
	step("open the matrix", chromedp.Click(chromedp.CSS(`a[data-nav="matrix"]`)))
	waitFor("the matrix", `location.hash === '#/matrix' && `+viewReady+` && document.querySelectorAll('table.matrix a.cell').length >= 5`)
	cell := `[...document.querySelectorAll('table.matrix a.cell')].find(a => a.getAttribute('aria-label').startsWith('Estavia on ceasefire plan for the Dravic Valley:'))`
	// Estavia rejected the plan in one article and accepted it in a later
	// one: its cell counts both sides.
	if got := eval(`(` + cell + ` || {getAttribute: () => 'missing'}).getAttribute('aria-label')`); !regexp.MustCompile(`[1-9]\d* in support, [1-9]\d* in opposition`).MatchString(got) {
		t.Errorf("Estavia's cell on the ceasefire plan says %q, want both support and opposition counted", got)
	}
	eval(`(` + cell + `).focus(), ''`)
	waitFor("the matrix tooltip", `!document.getElementById('matrix-tip').hidden && document.getElementById('matrix-tip').textContent.includes('support')`)
	shot("matrix", true)
	step("narrow the matrix to dates after the turn",
		chromedp.SetValue(chromedp.CSS("#since"), "2026-03-20"),
		chromedp.Click(chromedp.CSS(`form.range button[type=submit]`)))
	waitFor("the narrowed matrix", `location.hash.includes('since=2026-03-20') && `+viewReady+` && document.querySelector('table.matrix') !== null`)
	if got := eval(`(` + cell + ` || {getAttribute: () => 'missing'}).getAttribute('aria-label')`); !strings.Contains(got, "0 in opposition") {
		t.Errorf("after 2026-03-20 Estavia's cell says %q, want no opposition", got)
	}

	// 5. The actor network, drawn by cytoscape.js.
	step("open the network", chromedp.Click(chromedp.CSS(`a[data-nav="network"]`)))
	waitFor("the network", `location.hash === '#/network' && `+viewReady+` && document.querySelector('#cy') && document.querySelector('#cy').dataset.ready === 'true' && document.querySelector('#cy canvas') !== null`)
	nodes, edges := eval(`document.querySelector('#cy').dataset.nodes`), eval(`document.querySelector('#cy').dataset.edges`)
	t.Logf("network: %s nodes, %s edges", nodes, edges)
	if nodes == "0" || edges == "0" {
		t.Errorf("network has %s nodes and %s edges", nodes, edges)
	}
	if got := eval(`[...new Set([...document.querySelectorAll('table.edges tbody tr')].map(r => r.className))].sort().join(',')`); got != "conf,cong" {
		t.Errorf("edge kinds = %q, want congruence and conflict", got)
	}
	step("let the layout settle", chromedp.Sleep(500*time.Millisecond))
	shot("network", true)

	// 6. Paste an article: a wrong token is refused with the server's
	// 401, the right one stores it and shows what was extracted.
	step("open the article form", chromedp.Navigate(base+"/#/ingest"))
	waitFor("the article form", viewReady+` && document.getElementById('text') !== null`)
	step("fill the form",
		chromedp.SetValue(chromedp.CSS("#text"), "Norway backs the fishing quota deal. Sweden rejected the fishing quota deal on Wednesday."),
		chromedp.SetValue(chromedp.CSS("#title"), "Nordic states split over fishing deal"),
		chromedp.SetValue(chromedp.CSS("#source"), "Test Gazette"),
		chromedp.SetValue(chromedp.CSS("#published"), "2026-04-01"),
		chromedp.SendKeys(chromedp.CSS("#token"), "wrong-token"),
		chromedp.Click(chromedp.CSS(".ingest-form button[type=submit]")))
	waitFor("the 401 message", `(document.querySelector('#ingest-result .error') || {}).textContent?.includes('401')`)
	step("send the right token",
		chromedp.SetValue(chromedp.CSS("#token"), e2eToken),
		chromedp.Click(chromedp.CSS(".ingest-form button[type=submit]")))
	waitFor("the extraction", `(document.querySelector('#ingest-result h2') || {}).textContent?.startsWith('Stored')`)
	if got := eval(`document.getElementById('ingest-result').innerText`); !strings.Contains(got, "fishing quota deal") || !strings.Contains(got, "Sweden") {
		t.Errorf("extraction shown:\n%s", got)
	}
	shot("ingest", true)

	// 7. A phone: the proposal page fits the screen's width.
	step("emulate a phone", chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile))
	step("open the proposal on a phone", chromedp.Navigate(base+"/#/proposal/ceasefire-dravic-valley"))
	waitFor("the proposal on a phone", viewReady+` && document.querySelectorAll('.side-oppose .card').length > 0`)
	if got := eval(`document.documentElement.scrollWidth + ' <= ' + window.innerWidth`); func() bool {
		var w, iw int
		fmt.Sscanf(got, "%d <= %d", &w, &iw)
		return w > iw
	}() {
		t.Errorf("page wider than the phone: %s", got)
	}
	shot("proposal-phone", false)
	step("reset the viewport", chromedp.ResetViewport())

	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Errorf("browser console: %s", p)
	}
}

// startServe runs the real serve command on a free loopback port over an
// in-memory store with the example articles and writes enabled, and
// returns its base URL. It stops when the test ends.
func startServe(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, _, err := run(t, ctx, "", "serve", "--db", "mem://", "--addr", addr, "--ingest", examples, "--token", e2eToken)
		done <- err
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil && !errors.Is(err, context.Canceled) {
				t.Errorf("serve: %v", err)
			}
		case <-time.After(20 * time.Second):
			t.Error("serve did not stop")
		}
	})
	base := "http://" + addr
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get(base + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return base
			}
		}
		select {
		case err := <-done:
			t.Fatalf("serve exited: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("server at %s never became ready: %v", base, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
