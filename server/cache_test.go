package server

import "testing"

func TestResponseCacheKeepsToItsByteBudget(t *testing.T) {
	var rc respCache
	body := make([]byte, cacheMaxEntry)
	for i := range 3 * cacheBytes / cacheMaxEntry {
		rc.put(string(rune('a'+i%26))+string(rune(i)), 1, body)
		if rc.bytes > cacheBytes {
			t.Fatalf("after %d puts the cache holds %d bytes, over its %d budget", i+1, rc.bytes, cacheBytes)
		}
	}
	rc.put("same", 1, body)
	before := rc.bytes
	rc.put("same", 1, body)
	if rc.bytes != before {
		t.Errorf("replacing an entry changed the total: %d -> %d", before, rc.bytes)
	}
}
