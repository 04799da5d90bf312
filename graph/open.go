package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	csql "github.com/cayleygraph/cayley/graph/sql"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers the "postgres" SQL flavour
	"github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
)

// DefaultURL is the store used when none is given: an embedded bolt file in
// the working directory.
const DefaultURL = "stancegraph.db"

// Backend names, as Store.Backend reports them.
const (
	BackendMemory   = "memory"
	BackendBolt     = "bolt"
	BackendPostgres = "postgres"
)

// lockTimeout bounds the wait for a bolt file another process holds open;
// bolt would otherwise block forever.
const lockTimeout = 2 * time.Second

// Open opens the store named by rawURL, initialising it on first use:
//
//	path/to/file.db, bolt://path   embedded bolt file (the default)
//	mem://                         in-memory store, gone on Close
//	postgres://user:pw@host/db     PostgreSQL through Cayley's SQL backend
func Open(ctx context.Context, rawURL string) (*Store, error) {
	if strings.TrimSpace(rawURL) == "" {
		rawURL = DefaultURL
	}
	scheme, rest, hasScheme := strings.Cut(rawURL, "://")
	if !hasScheme {
		scheme, rest = "bolt", rawURL
	}
	switch strings.ToLower(scheme) {
	case "mem", "memory":
		return newStore(BackendMemory, memstore.New(), rawURL)
	case "bolt", "file":
		return openBolt(rest)
	case "postgres", "postgresql":
		return openSQL(ctx, "postgres", rawURL)
	default:
		return nil, fmt.Errorf("graph: open %q: unknown store scheme %q (want a file path, bolt://, mem:// or postgres://)", rawURL, scheme)
	}
}

// storeIndexes are the quad indexes of a bolt store. Each names all four
// directions, so every index key is one quad. Cayley's defaults stop at
// subject+predicate and object+predicate+subject, and keep one list of quad
// IDs per key: every article that mentions an actor adds a quad such as
// <actor/france> <name> "France" under its own label, so those lists grow
// with the corpus and each append rewrites the whole list (ingest slowed
// from 430 to 300 articles/s and peaked at 2.5 GB by 100,000 articles).
// Prefix scans serve the same lookups: by subject (and predicate), by object
// (and predicate), and by label, which makes replacing or deleting an
// article a prefix scan rather than a full one.
var storeIndexes = []ckv.QuadIndex{
	{Dirs: []quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label}},
	{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject, quad.Label}},
	{Dirs: []quad.Direction{quad.Label, quad.Subject, quad.Predicate, quad.Object}},
}

func openBolt(path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("graph: open bolt store: empty path")
	}
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("graph: open bolt store %s: %w", path, err)
		}
	}
	db, err := hbolt.Open(path, &bolt.Options{Timeout: lockTimeout})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("graph: open bolt store %s: the file is in use by another process (a running `stancegraph serve`?)", path)
		}
		return nil, fmt.Errorf("graph: open bolt store %s: %w", path, err)
	}
	// Bloom filters are preallocated for 100M entries (hundreds of MB);
	// duplicate checks go to the indexes instead.
	opts := cgraph.Options{ckv.OptNoBloom: true}
	if err := initKV(db, opts); err != nil {
		db.Close()
		return nil, fmt.Errorf("graph: initialise bolt store %s: %w", path, err)
	}
	qs, err := ckv.New(db, opts)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("graph: open bolt store %s: %w", path, err)
	}
	return newStore(BackendBolt, qs, path)
}

// initKV initialises a new key-value store with storeIndexes. Cayley reads
// its index list from the store's metadata, written here right after Init;
// its own override (CAYLEY_KV_INDEXES) is never applied.
func initKV(db hkv.KV, opts cgraph.Options) error {
	err := ckv.Init(db, opts)
	if errors.Is(err, cgraph.ErrDatabaseExists) {
		return nil
	} else if err != nil {
		return err
	}
	data, err := json.Marshal(storeIndexes)
	if err != nil {
		return err
	}
	ctx := context.Background()
	return hkv.Update(ctx, db, func(tx hkv.Tx) error {
		for _, ind := range storeIndexes {
			b := make([]byte, len(ind.Dirs))
			for i, d := range ind.Dirs {
				b[i] = d.Prefix()
			}
			if err := hkv.CreateBucket(ctx, tx, hkv.Key{b}); err != nil {
				return err
			}
		}
		return tx.Put(ctx, hkv.Key{[]byte("meta"), []byte("indexes")}, data)
	})
}

func openSQL(ctx context.Context, flavour, addr string) (*Store, error) {
	shown := redact(addr)
	if err := pingSQL(ctx, addr); err != nil {
		return nil, fmt.Errorf("graph: open %s store %s: %w", flavour, shown, scrub(err, addr))
	}
	if err := csql.Init(flavour, addr, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		return nil, fmt.Errorf("graph: initialise %s store %s: %w", flavour, shown, scrub(err, addr))
	}
	qs, err := csql.New(flavour, addr, nil)
	if err != nil {
		return nil, fmt.Errorf("graph: open %s store %s: %w", flavour, shown, scrub(err, addr))
	}
	return newStore(BackendPostgres, qs, shown)
}

// redact hides a password in a store URL before it appears in messages:
// in the user part, in a password= parameter, and when the URL does not
// parse at all.
func redact(addr string) string {
	u, err := url.Parse(addr)
	if err != nil {
		scheme, _, _ := strings.Cut(addr, "://")
		return scheme + "://(unparsable URL)"
	}
	if u.User != nil {
		if _, has := u.User.Password(); has {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
	}
	if q := u.Query(); q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// scrub removes the secrets of addr from an error a driver built from it.
func scrub(err error, addr string) error {
	if err == nil {
		return nil
	}
	msg := strings.ReplaceAll(err.Error(), addr, redact(addr))
	for _, secret := range secrets(addr) {
		msg = strings.ReplaceAll(msg, secret, "xxxxx")
	}
	return errors.New(msg)
}

var passwordRe = regexp.MustCompile(`(?:://[^:/@]*:([^@/]+)@)|(?:[?&]password=([^&]+))`)

func secrets(addr string) []string {
	var out []string
	for _, m := range passwordRe.FindAllStringSubmatch(addr, -1) {
		for _, g := range m[1:] {
			if g != "" {
				out = append(out, g)
				if dec, err := url.QueryUnescape(g); err == nil && dec != g {
					out = append(out, dec)
				}
			}
		}
	}
	return out
}

func newStore(backend string, qs cgraph.QuadStore, name string) (*Store, error) {
	w, err := writer.NewSingle(qs, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
	if err != nil {
		qs.Close()
		return nil, fmt.Errorf("graph: open %s: %w", name, err)
	}
	cache := newMetaCache()
	cache.off = backend == BackendPostgres
	return &Store{backend: backend, name: name, qs: qs, w: w, cache: cache}, nil
}

// RedactURL returns a store URL with its password hidden, for messages and
// help text.
func RedactURL(addr string) string {
	if !strings.Contains(addr, "://") {
		return addr
	}
	return redact(addr)
}
