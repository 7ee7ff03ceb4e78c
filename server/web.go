package server

import (
	"embed"
	"io"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
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

// staticHandler serves the dashboard's scripts, styles, icon and chart
// library under /static/. Only files are served: a directory is not
// listed, and a missing file or a directory is answered in the API's
// error shape, as every other unknown path is, not with the file
// server's plain text or an HTML listing.
func (s *Server) staticHandler() http.Handler {
	root := webRoot()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.serveFile(w, r, root, strings.TrimPrefix(r.URL.Path, "/static/"))
	})
}

// faviconHandler answers /favicon.ico, which browsers and crawlers ask
// for whatever the page names, with the dashboard's SVG icon: a 404 there
// fills their consoles and the error metrics.
func (s *Server) faviconHandler() http.Handler {
	root := webRoot()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.serveFile(w, r, root, "favicon.svg")
	})
}

// serveFile answers the file name of root, or a 404 in the API's shape.
func (s *Server) serveFile(w http.ResponseWriter, r *http.Request, root fs.FS, name string) {
	f, err := openFile(root, name)
	if err != nil {
		s.writeError(w, r, &apiError{Status: http.StatusNotFound, Code: codeNotFound, Message: "no such file: " + r.URL.Path})
		return
	}
	defer f.Close()
	setPageHeaders(w)
	w.Header().Set("Cache-Control", "no-cache")
	// ServeContent, not FileServer: it neither lists directories nor
	// redirects …/index.html, and still answers ranges and HEAD; it
	// takes the content type from the name.
	http.ServeContent(w, r, name, time.Time{}, f)
}

// openFile opens the regular file name of root, refusing a directory
// (with or without a final slash) and a name that is not canonical.
func openFile(root fs.FS, name string) (io.ReadSeekCloser, error) {
	if name == "" || strings.HasSuffix(name, "/") || path.Clean(name) != name || !fs.ValidPath(name) {
		return nil, fs.ErrNotExist
	}
	f, err := root.Open(name)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	rs, ok := f.(io.ReadSeekCloser)
	if err != nil || !fi.Mode().IsRegular() || !ok {
		f.Close()
		return nil, fs.ErrNotExist
	}
	return rs, nil
}

func setPageHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Security-Policy", contentSecurity)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
}
