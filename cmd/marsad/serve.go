package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"marsad/corpus/posting"
	"marsad/models"
	"marsad/server"
	"marsad/store"
)

const serveDescription = `Serves the JSON API (classify, ingest, occupation and skill search,
trends), its OpenAPI document, Prometheus metrics and the web dashboard.

The server listens at once; /readyz answers 200 when the model is loaded.
SIGHUP (or POST /v1/admin/reload with the token) reopens the model and
swaps it in without dropping requests. SIGTERM or Ctrl-C drains the
requests in flight, then closes the store.

Writes (POST /v1/postings, reload) need a bearer token: MARSAD_API_TOKEN
or --token-file. Without one they are refused.

Environment: MARSAD_ADDR, MARSAD_DB, MARSAD_MODEL, MARSAD_API_TOKEN.`

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "serve", "serve [--addr HOST:PORT] [--db PATH] [--model PATH] [--token-file PATH] [--drain 15s] [-v]", serveDescription)
	addr := fs.String("addr", envOr(e, "MARSAD_ADDR", "127.0.0.1:8080"), "listen address (MARSAD_ADDR)")
	dbPath := dbFlag(fs, e, ", created if missing")
	modelPath := modelFlag(fs, e)
	tokenFile := fs.String("token-file", "", "file holding the API token for writes (else MARSAD_API_TOKEN)")
	drain := fs.Duration("drain", 15*time.Second, "how long SIGTERM waits for requests in flight (0: none)")
	verbose := fs.Bool("v", false, "log every request")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	}
	if *drain < 0 {
		return usagef("--drain %v: want 0 (close at once) or more", *drain)
	}
	if err := checkAddr(*addr); err != nil {
		return err
	}
	level := slog.LevelInfo
	if *verbose {
		level = slog.LevelDebug
	}
	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level}))

	token, err := readToken(e, *tokenFile)
	if err != nil {
		return err
	}
	if token == "" {
		log.Warn("no API token (MARSAD_API_TOKEN or --token-file): POST /v1/postings and reload are disabled")
	}

	// Bind first: a port in use must not leave a new store (or its
	// directory) behind.
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("--addr %s: %w", *addr, err)
	}
	defer ln.Close() // after Serve, a no-op
	if err := os.MkdirAll(filepath.Dir(*dbPath), 0o755); err != nil {
		return err
	}
	db, err := store.Open(*dbPath, store.Options{Timeout: time.Second, Logger: log})
	if err != nil {
		return fmt.Errorf("store %s: %w", *dbPath, err)
	}
	defer func() {
		if err := db.Close(); err != nil {
			log.Error("closing the store", "err", err)
		}
	}()

	srv := server.New(server.Options{
		Log:        log,
		Token:      token,
		Loader:     modelLoader(*modelPath),
		Store:      storeIngester{db: db, log: log},
		Trends:     db,
		CloseGrace: time.Second,
	})
	hs := srv.HTTPServer(*addr)
	log.Info("Marsad listening", "addr", ln.Addr().String(), "dashboard", "http://"+ln.Addr().String()+"/", "model", *modelPath, "db", *dbPath)

	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	serveErr := make(chan error, 1)
	go func() { serveErr <- hs.Serve(ln) }()

	// The model loads while the server already answers /healthz.
	go func() {
		if _, _, err := srv.Reload(ctx); err != nil {
			cancel(fmt.Errorf("loading the model %s: %w", *modelPath, err))
			return
		}
		log.Info("ready", "dashboard", "http://"+ln.Addr().String()+"/")
	}()

	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)

	for {
		select {
		case <-hup:
			go func() {
				if v, prev, err := srv.Reload(ctx); err != nil {
					log.Error("reload on SIGHUP failed; the old model keeps serving", "err", err)
				} else {
					log.Info("reloaded on SIGHUP", "version", v, "previous", prev)
				}
			}()
		case err := <-serveErr:
			return err
		case <-ctx.Done():
			log.Info("shutting down: draining requests", "timeout", *drain)
			sctx, stop := context.WithTimeout(context.Background(), *drain)
			err := hs.Shutdown(sctx)
			stop()
			if err != nil {
				log.Warn("drain timed out; closing connections", "err", err)
				hs.Close()
			}
			srv.Close()
			if cause := context.Cause(ctx); cause != nil && !errors.Is(cause, context.Canceled) {
				return cause
			}
			if err := <-serveErr; err != nil && !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			log.Info("stopped")
			return nil
		}
	}
}

// checkAddr returns a usage error for a listen address that is not
// host:port with a port number (or service name) Listen takes: a typo
// must be told before any work, not as a failure to listen. Whether the
// host can be bound is for Listen to say.
func checkAddr(addr string) error {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return usagef("--addr %q: want HOST:PORT (127.0.0.1:8080, :8080): %v", addr, unwrapAddrErr(err))
	}
	if _, err := net.LookupPort("tcp", port); err != nil {
		return usagef("--addr %q: bad port %q: want a number from 0 to 65535", addr, port)
	}
	return nil
}

// unwrapAddrErr drops the address that net.AddrError repeats.
func unwrapAddrErr(err error) error {
	var ae *net.AddrError
	if errors.As(err, &ae) {
		return errors.New(ae.Err)
	}
	return err
}

// readToken takes the API token from --token-file, else MARSAD_API_TOKEN.
func readToken(e *env, file string) (string, error) {
	if file == "" {
		return strings.TrimSpace(e.getenv("MARSAD_API_TOKEN")), nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("token file: %w", err)
	}
	tok := strings.TrimSpace(string(b))
	if tok == "" {
		return "", fmt.Errorf("token file %s is empty", file)
	}
	return tok, nil
}

// modelLoader opens the model artefact at path for the server.
func modelLoader(path string) server.Loader {
	return func(ctx context.Context) (*server.Model, error) {
		m, err := models.Open(ctx, path)
		if err != nil {
			return nil, err
		}
		if m.Classifier == nil || m.Skills == nil {
			m.Close()
			return nil, fmt.Errorf("model %s has no classifier or skill dictionary", path)
		}
		tax, err := m.Taxonomy()
		if err != nil {
			m.Close()
			return nil, err
		}
		return &server.Model{
			Version:    m.Manifest.Version,
			Classifier: m.Classifier,
			Skills:     m.SkillSearch(),
			Taxonomy:   tax,
			Concepts:   server.NewConcepts(tax),
			Close:      m.Close,
		}, nil
	}
}

// storeIngester tags API postings into the store with the model the
// request holds, so a reload mid-request cannot close it underneath.
type storeIngester struct {
	db  *store.DB
	log *slog.Logger
}

func (a storeIngester) Ingest(ctx context.Context, m *server.Model, ps []posting.Posting) (*server.IngestReport, error) {
	var warnings []server.IngestWarning
	tg, err := a.db.NewTagger(store.TagOptions{
		Classifier: m.Classifier,
		Model:      m.Version,
		Taxonomy:   m.Taxonomy,
		Logger:     a.log,
		BatchSize:  len(ps),
		// Records of TagPostings have the posting's place, from 1, as line.
		Report: func(er store.ErrorRecord) {
			if er.Warning {
				warnings = append(warnings, server.IngestWarning{Posting: er.Line - 1, ID: er.ID, Field: er.Field, Value: er.Value, Message: er.Reason})
			}
		},
	})
	if err != nil {
		return nil, err
	}
	sum, results, err := tg.TagPostings(ctx, ps, "")
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	return &server.IngestReport{
		Received:   len(ps),
		Stored:     int(sum.Tagged),
		Duplicates: int(sum.Duplicates),
		Skipped:    int(sum.Skipped),
		Errors:     int(sum.Errors),
		Warnings:   warnings,
		IDs:        ids,
		Results:    results,
		Model:      m.Version,
	}, nil
}
