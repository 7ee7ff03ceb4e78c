package server

import (
	"regexp"
	"strings"
	"testing"
)

// TestStaticServesFilesOnly: /static/ answers the dashboard's files and
// nothing else. A directory, with or without its slash, is a 404 in the
// API's error shape like a missing file, never an HTML listing of what
// the binary embeds.
func TestStaticServesFilesOnly(t *testing.T) {
	h := newTestServer(t).srv.Handler()
	for _, tc := range []struct {
		path   string
		status int
		ctype  string // prefix of Content-Type
	}{
		{"/static/app.js", 200, "text/javascript"},
		{"/static/vendor/uPlot.min.css", 200, "text/css"},
		{"/static/favicon.svg", 200, "image/svg+xml"},
		{"/favicon.ico", 200, "image/svg+xml"}, // asked for whatever the page names
		{"/static/vendor/", 404, "application/json"},
		{"/static/vendor", 404, "application/json"},
		{"/static/", 404, "application/json"},
		{"/static/app.js/", 404, "application/json"},
		{"/static/nope.js", 404, "application/json"},
	} {
		w := do(t, h, "GET", tc.path, "")
		ctype := w.Header().Get("Content-Type")
		if w.Code != tc.status || !strings.HasPrefix(ctype, tc.ctype) {
			t.Errorf("GET %s = %d %q, want %d %s", tc.path, w.Code, ctype, tc.status, tc.ctype)
			continue
		}
		if tc.status == 404 {
			if e := decode[errorBody](t, w.Body.Bytes()); e.Error.Code != codeNotFound {
				t.Errorf("GET %s: error code %q, want %q", tc.path, e.Error.Code, codeNotFound)
			}
		}
	}
}

// TestDashboardIcon: the page names its icon, and the icon is served
// under the page's Content-Security-Policy (from this server), so that a
// browser neither asks for /favicon.ico nor logs its 404 on every load.
func TestDashboardIcon(t *testing.T) {
	h := newTestServer(t).srv.Handler()
	page := do(t, h, "GET", "/", "").Body.String()
	m := regexp.MustCompile(`<link rel="icon" href="(/static/[^"]+)"`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal(`the dashboard has no <link rel="icon" href="/static/…">: browsers fetch /favicon.ico and log its 404`)
	}
	w := do(t, h, "GET", m[1], "")
	if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), "image/") || w.Body.Len() == 0 {
		t.Errorf("icon %s = %d %q, %d bytes; want 200 image", m[1], w.Code, w.Header().Get("Content-Type"), w.Body.Len())
	}
}
