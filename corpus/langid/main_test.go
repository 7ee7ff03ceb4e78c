package langid

import (
	"flag"
	"fmt"
	"os"
	"testing"
)

var lowAccuracy = flag.Bool("langid.low", false, "test lingua's low-accuracy mode")

// detector is built once per test binary (lingua's models take 1–2 s and
// ~40 MB to load) and only read afterwards.
var detector *Detector

func TestMain(m *testing.M) {
	flag.Parse()
	d, err := New(Options{LowAccuracy: *lowAccuracy})
	if err != nil {
		fmt.Fprintln(os.Stderr, "langid: building the test detector:", err)
		os.Exit(1)
	}
	detector = d
	os.Exit(m.Run())
}
