// Package graphtest opens fresh stores of every backend for tests, so that
// the same behaviour tests run against memory, bolt and PostgreSQL.
package graphtest

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"sync/atomic"
	"testing"
	"time"

	"stancegraph/graph"
)

// EnvPostgres names the variable holding the URL of a PostgreSQL server
// for tests; the PostgreSQL runs skip when it is unset.
const EnvPostgres = "STANCEGRAPH_TEST_POSTGRES"

// Opener opens a fresh, empty store that is closed (and for PostgreSQL,
// dropped) when the test ends.
type Opener func(t *testing.T) *graph.Store

// Backends returns an Opener for each backend, by name.
func Backends() map[string]Opener {
	return map[string]Opener{
		"memory": func(t *testing.T) *graph.Store { return Open(t, "mem://") },
		"bolt": func(t *testing.T) *graph.Store {
			return Open(t, "bolt://"+filepath.Join(t.TempDir(), "test.db"))
		},
		"postgres": func(t *testing.T) *graph.Store {
			base := os.Getenv(EnvPostgres)
			if base == "" {
				t.Skip(EnvPostgres + " is unset: skipping the PostgreSQL run (scripts/postgres.sh starts a server and prints its URL)")
			}
			return Open(t, ScratchDatabase(t, base))
		},
	}
}

// Each runs fn as a subtest against a fresh store of every backend, in a
// fixed order.
func Each(t *testing.T, fn func(t *testing.T, s *graph.Store)) {
	bs := Backends()
	names := make([]string, 0, len(bs))
	for n := range bs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		open := bs[name]
		t.Run(name, func(t *testing.T) { fn(t, open(t)) })
	}
}

// Open opens the store at u and closes it when the test ends.
func Open(t *testing.T, u string) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), u)
	if err != nil {
		t.Fatalf("graph.Open(%s): %v", u, err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

var scratchSeq atomic.Int64

// ScratchDatabase creates a new database on the PostgreSQL server of base
// and returns its URL; it is dropped when the test ends.
func ScratchDatabase(t *testing.T, base string) string {
	t.Helper()
	admin, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatalf("postgres: %v", err)
	}
	name := fmt.Sprintf("sgtest_%d_%d_%d", os.Getpid(), time.Now().UnixNano(), scratchSeq.Add(1))
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		admin.Close()
		t.Fatalf("create scratch database: %v", err)
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	t.Cleanup(func() {
		defer admin.Close()
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Logf("drop scratch database %s: %v", name, err)
		}
	})
	return u.String()
}
