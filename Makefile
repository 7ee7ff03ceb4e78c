# Marsad — make targets. The two that matter: `make run` and `make test`.

GO        ?= go
BIN       := bin/marsad
# The taxonomy data: MARSAD_DATA, else ./data, else ../shared/data when it exists.
DATA      ?= $(or $(MARSAD_DATA),$(if $(wildcard ./data),./data,$(if $(wildcard ../shared/data),../shared/data,./data)))
VAR       := var
MODEL     ?= $(VAR)/model
DB        ?= $(VAR)/marsad.db
ADDR      ?= 127.0.0.1:8080

.PHONY: all build test test-short bench run model lint fuzz eval clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/marsad

# All tests, with the race detector. Integration tests read the taxonomy
# at MARSAD_DATA and the dev sets at ../shared/eval; in CI they must run.
test:
	MARSAD_DATA=$(abspath $(DATA)) $(GO) test -race -count=1 -timeout 25m ./...

# Unit tests only (no real data).
test-short:
	$(GO) test -short ./...

bench:
	MARSAD_DATA=$(abspath $(DATA)) $(GO) test -run '^$$' -bench . -benchmem ./...

lint:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

# The model is rebuilt when it is missing, corrupt, built by another
# build of marsad, or older than a data file (build --if-stale).
model: build
	@test -d "$(DATA)" || { echo "no taxonomy data at $(DATA): set MARSAD_DATA or DATA (see README.md)"; exit 1; }
	$(BIN) build --data $(DATA) --out $(MODEL) --if-stale

# Starts the server on $(ADDR) with the embedded store, building what it needs.
run: build model
	@echo "Marsad dashboard: http://$(ADDR)/"
	$(BIN) serve --addr $(ADDR) --model $(MODEL) --db $(DB)

eval: build model
	@for f in fr-ft-offers-dev ma-postings-dev ar-jadarat-dev en-jobbert-titles-dev; do \
		echo "== $$f"; $(BIN) eval --model $(MODEL) --gold ../shared/eval/$$f.jsonl; done

clean:
	rm -rf bin $(VAR)
