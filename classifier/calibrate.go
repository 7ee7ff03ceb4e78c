package classifier

import "math"

// Calibration maps the raw score of an answer and its margin over the
// runner-up to the probability that it is right: p = σ(a + b·raw + c·margin).
//
// Fitted by logistic regression (FitCalibration, `marsad eval
// --fit-calibration`) on the four dev sets pooled: fr-ft-offers-dev,
// ma-postings-dev, ar-jadarat-dev and every 8th line of
// en-jobbert-titles-dev (2,555 postings; "right" is the primary metric of
// each set: ROME métier top-1, else ISCO-4 top-1; refitted in the fourth
// round, docs/evaluation.md). Refit whenever the
// scorer's weights change; `marsad eval --reliability` prints the table
// that checks it.
const (
	calA = -2.133
	calB = 1.125
	calC = 3.510
)

func calibrate(raw, margin float64) float64 {
	p := 1 / (1 + math.Exp(-(calA + calB*raw + calC*margin)))
	return math.Round(p*1000) / 1000
}
