//go:build race

package models

// raceEnabled: the race detector slows decoding 5–10×, so timing
// targets are logged, not asserted.
const raceEnabled = true
