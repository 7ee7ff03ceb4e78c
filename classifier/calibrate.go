package classifier

import "math"

// Calibration maps the raw score of an answer and its lead over the first
// runner-up that is a different answer (lead, score.go) to the
// probability that it is right: p = σ(a + b·raw + c·lead).
//
// Each scheme has its own constants, fitted by logistic regression
// (FitCalibration, `marsad eval --fit-calibration`) on the dev postings
// that have gold in that scheme:
//
//   - ROME, on fr-ft-offers-dev and ma-postings-dev (145 postings;
//     "right" is ROME métier top-1, the level France Travail codes at).
//     The constants shared with ISCO rated French answers 25–30 points
//     too low (fr-ft: 88 % right in the 0.2–0.3 bin);
//   - ISCO, also used for ESCO, on ar-jadarat-dev, ma-postings-dev and
//     every 8th line of en-jobbert-titles-dev (2,487 postings with an
//     answer; "right" is ISCO-4 top-1).
//
// Refit whenever the scorer's weights change; `marsad eval --reliability`
// prints the table that checks it (docs/evaluation.md).
const (
	calROMEA, calROMEB, calROMEC = -0.185, 0.710, 3.765
	calISCOA, calISCOB, calISCOC = -2.303, 1.218, 3.460
)

type calibration struct{ a, b, c float64 }

// calibrationFor returns the constants of a scheme (0 for ISCO groups).
func calibrationFor(scheme Scheme) calibration {
	if scheme == ROME {
		return calibration{calROMEA, calROMEB, calROMEC}
	}
	return calibration{calISCOA, calISCOB, calISCOC}
}

func (k calibration) p(raw, lead float64) float64 {
	p := 1 / (1 + math.Exp(-(k.a + k.b*raw + k.c*lead)))
	return math.Round(p*1000) / 1000
}
