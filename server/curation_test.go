package server

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// call makes a request with the write token and a curator header.
func call(t *testing.T, method, url, body, token string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest(method, url, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Curator", "tester")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

func TestCurationEndpoints(t *testing.T) {
	srv, _ := newTestServer(t, Options{Token: testToken})
	u := srv.URL + "/api/v1"
	steps := []struct {
		name, method, path, body, token string
		status                          int
	}{
		{"merge without token", "POST", "/curation/merges", `{"kind":"actor","merge":"vesta","into":"norland"}`, "", 401},
		{"merge bad body", "POST", "/curation/merges", `{"kind":"actor"}`, testToken, 400},
		{"merge unknown actor", "POST", "/curation/merges", `{"kind":"actor","merge":"atlantis","into":"norland"}`, testToken, 400},
		{"merge into itself", "POST", "/curation/merges", `{"kind":"actor","merge":"vesta","into":"vesta"}`, testToken, 400},
		{"merge", "POST", "/curation/merges", `{"kind":"actor","merge":"vesta","into":"norland","note":"same government"}`, testToken, 200},
		{"merged actor gone", "GET", "/actors/vesta", "", "", 404},
		{"add statement", "POST", "/statements", `{"holder":"norland","stance":"condemns","target":"border-truce","evidence":"Said at a press conference."}`, testToken, 201},
		{"add statement bad stance", "POST", "/statements", `{"holder":"norland","stance":"adores","target":"border-truce","evidence":"x"}`, testToken, 400},
		{"add statement unknown holder", "POST", "/statements", `{"holder":"atlantis","stance":"backs","target":"border-truce","evidence":"x"}`, testToken, 400},
		{"retract unknown", "DELETE", "/statements/nope", "", testToken, 404},
		{"unmerge", "DELETE", "/curation/merges/actor/vesta", "", testToken, 200},
		{"unmerge again", "DELETE", "/curation/merges/actor/vesta", "", testToken, 404},
	}
	for _, st := range steps {
		status, body := call(t, st.method, u+st.path, st.body, st.token)
		if status != st.status {
			t.Fatalf("%s: %s %s = %d %v, want %d", st.name, st.method, st.path, status, body, st.status)
		}
	}
	// The statements of the merged actor moved to the survivor.
	_, body := do(t, "GET", u+"/statements?holder=norland&limit=100", "")
	if body["total"].(float64) != 4 {
		t.Errorf("survivor holds %v statements, want 4 (2 own, 1 merged, 1 manual)", body["total"])
	}
	// Retract the manual statement.
	_, body = do(t, "GET", u+"/statements?stance=condemns", "")
	id := body["items"].([]any)[0].(map[string]any)["id"].(string)
	if status, b := call(t, "DELETE", u+"/statements/"+id, "", testToken); status != 200 {
		t.Fatalf("retract = %d %v", status, b)
	}
	if _, body = do(t, "GET", u+"/statements?stance=condemns", ""); body["total"].(float64) != 0 {
		t.Errorf("retracted statement still listed: %v", body)
	}
	_, body = do(t, "GET", u+"/curation/log", "")
	items := body["items"].([]any)
	if len(items) != 4 || items[0].(map[string]any)["by"] != "tester" || items[0].(map[string]any)["action"] != "merge" {
		t.Errorf("log = %v", body)
	}
}

func TestCurationWritesDisabledWithoutToken(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	if status, _ := call(t, "POST", srv.URL+"/api/v1/curation/merges", `{"kind":"actor","merge":"vesta","into":"norland"}`, "x"); status != 403 {
		t.Errorf("merge without a configured token = %d, want 403", status)
	}
}
