package server

import (
	"bytes"
	"net/http"
	"sync"

	"github.com/gin-gonic/gin"
)

// Response cache. The hot reads are small computations but large answers
// (who opposes a proposal: ~100 KB of evidence), so under load JSON
// encoding dominates. Reads are cached as encoded bytes, keyed by URL and
// the store's write generation: any write in this process makes every
// entry stale at once, so no answer outlives the data it came from. Stores
// other processes write to (PostgreSQL) are never cached.

const (
	cacheEntries  = 2048
	cacheBytes    = 128 << 20 // total budget: URLs are chosen by clients
	cacheMaxEntry = 1 << 20   // larger answers are not kept
)

type respCache struct {
	mu    sync.Mutex
	m     map[string]cachedResp
	bytes int
}

type cachedResp struct {
	gen  uint64
	body []byte
}

func (rc *respCache) get(key string, gen uint64) ([]byte, bool) {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	e, ok := rc.m[key]
	if !ok || e.gen != gen {
		return nil, false
	}
	return e.body, true
}

func (rc *respCache) put(key string, gen uint64, body []byte) {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if rc.m == nil {
		rc.m = make(map[string]cachedResp)
	}
	if old, ok := rc.m[key]; ok {
		rc.bytes -= len(old.body)
		delete(rc.m, key)
	}
	for len(rc.m) > 0 && (len(rc.m) >= cacheEntries || rc.bytes+len(body) > cacheBytes) {
		// Drop an arbitrary eighth: cheaper than LRU bookkeeping on
		// every hit, and entries are cheap to rebuild.
		n := 0
		for k, e := range rc.m {
			rc.bytes -= len(e.body)
			delete(rc.m, k)
			if n++; n >= cacheEntries/8 {
				break
			}
		}
	}
	rc.m[key] = cachedResp{gen: gen, body: body}
	rc.bytes += len(body)
}

// capture tees a response body into a buffer.
type capture struct {
	gin.ResponseWriter
	buf bytes.Buffer
}

func (w *capture) Write(b []byte) (int, error) {
	w.buf.Write(b)
	return w.ResponseWriter.Write(b)
}

func (w *capture) WriteString(s string) (int, error) {
	w.buf.WriteString(s)
	return w.ResponseWriter.WriteString(s)
}

// cached serves GETs from the response cache, or runs the handler and
// keeps a 200 answer if no write happened while it ran.
func (s *Server) cached(c *gin.Context) {
	gen, ok := s.store.Generation()
	if !ok || s.opts.NoCache || c.Request.Method != http.MethodGet {
		c.Next()
		return
	}
	key := c.Request.URL.RequestURI()
	if body, hit := s.cache.get(key, gen); hit {
		c.Header("X-Cache", "hit")
		c.Data(http.StatusOK, "application/json; charset=utf-8", body)
		c.Abort()
		return
	}
	c.Header("X-Cache", "miss")
	w := &capture{ResponseWriter: c.Writer}
	c.Writer = w
	c.Next()
	c.Writer = w.ResponseWriter
	if now, _ := s.store.Generation(); now == gen && c.Writer.Status() == http.StatusOK && w.buf.Len() <= cacheMaxEntry {
		s.cache.put(key, gen, w.buf.Bytes())
	}
}
