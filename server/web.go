package server

import (
	"embed"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

// webFS is the dashboard: plain HTML, CSS and JavaScript with no build
// step, and uPlot (MIT, its licence beside it) for the charts. It is
// embedded so that the binary is the whole deployment and no page ever
// loads a script from elsewhere.
//
//go:embed web
var webFS embed.FS

// contentSecurity lets the dashboard load only its own files and call
// only this server.
const contentSecurity = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"

func webRoot() fs.FS {
	sub, err := fs.Sub(webFS, "web")
	if err != nil {
		panic(err) // the embed directive guarantees the directory
	}
	return sub
}

// handleIndex serves the dashboard page at /.
func handleIndex(w http.ResponseWriter, r *http.Request) {
	setPageHeaders(w)
	w.Header().Set("Cache-Control", "no-cache")
	http.ServeFileFS(w, r, webRoot(), "index.html")
}

// staticHandler serves the dashboard's scripts, styles and chart library
// under /static/. A missing file is answered in the API's error shape, as
// every other unknown path is, not with the file server's plain text.
func (s *Server) staticHandler() http.Handler {
	root := webRoot()
	files := http.StripPrefix("/static/", http.FileServerFS(root))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := path.Clean(strings.TrimPrefix(r.URL.Path, "/static/"))
		if _, err := fs.Stat(root, name); err != nil {
			s.writeError(w, r, &apiError{Status: http.StatusNotFound, Code: codeNotFound, Message: "no such file: " + r.URL.Path})
			return
		}
		setPageHeaders(w)
		w.Header().Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	})
}

func setPageHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Security-Policy", contentSecurity)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
}
