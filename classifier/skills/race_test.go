//go:build race

package skills

// raceEnabled: the race detector slows memory-heavy code tenfold, so
// timing assertions and the 32 MB save/load round trip are skipped.
const raceEnabled = true
