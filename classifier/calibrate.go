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
// Refit whenever the scorer's weights change, and apply the refit only if
// it wins the held-out check that --fit-calibration also prints
// (CrossValidateCalibration); `marsad eval --reliability` prints the
// table that checks it (docs/evaluation.md).
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

// FitCalibration fits p = σ(a + b·raw + c·margin) to the points of one
// scheme ("rome" or "isco") by gradient descent on the log loss. It is how
// the constants in calibrate.go were obtained (marsad eval
// --fit-calibration). n is the number of points used.
func FitCalibration(all []CalPoint, scheme string) (a, b, c float64, n int) {
	var pts []CalPoint
	for _, p := range all {
		if p.Scheme == scheme {
			pts = append(pts, p)
		}
	}
	if len(pts) == 0 {
		return 0, 0, 0, 0
	}
	const steps, lr = 3000, 0.5
	for it := 0; it < steps; it++ {
		var ga, gb, gc float64
		for _, p := range pts {
			y := 0.0
			if p.Right {
				y = 1
			}
			q := 1 / (1 + math.Exp(-(a + b*p.Raw + c*p.Margin)))
			ga += q - y
			gb += (q - y) * p.Raw
			gc += (q - y) * p.Margin
		}
		n := float64(len(pts))
		a -= lr * ga / n
		b -= lr * gb / n
		c -= lr * gc / n
	}
	return a, b, c, len(pts)
}

// CalError measures a calibration on a set of points: its log loss and
// its expected calibration error (the mean gap between score and
// accuracy over ten score bins, weighted by the bins' sizes).
type CalError struct {
	LogLoss, ECE float64
}

// CalCheck compares, on held-out points, the constants in use with
// constants refitted without those points: k-fold cross-validation,
// fold i holding every point whose index is i mod k. A refit is worth
// applying only if it wins here, not merely in sample.
type CalCheck struct {
	N            int
	InUse, Refit CalError
}

// CrossValidateCalibration runs the k-fold check for one scheme ("rome"
// or "isco"). It needs at least k points.
func CrossValidateCalibration(all []CalPoint, scheme string, k int) (CalCheck, bool) {
	var pts []CalPoint
	for _, p := range all {
		if p.Scheme == scheme {
			pts = append(pts, p)
		}
	}
	if k < 2 || len(pts) < k {
		return CalCheck{}, false
	}
	inUse := calibrationFor(ESCO)
	if scheme == "rome" {
		inUse = calibrationFor(ROME)
	}
	refit := make([]float64, len(pts))
	for f := range k {
		var train []CalPoint
		for i, p := range pts {
			if i%k != f {
				train = append(train, p)
			}
		}
		a, b, c, _ := FitCalibration(train, scheme)
		held := calibration{a, b, c}
		for i := f; i < len(pts); i += k {
			refit[i] = held.p(pts[i].Raw, pts[i].Margin)
		}
	}
	used := make([]float64, len(pts))
	for i, p := range pts {
		used[i] = inUse.p(p.Raw, p.Margin)
	}
	return CalCheck{N: len(pts), InUse: calError(pts, used), Refit: calError(pts, refit)}, true
}

func calError(pts []CalPoint, p []float64) CalError {
	const bins = 10
	var e CalError
	var n, sumP, right [bins]float64
	for i, pt := range pts {
		q := min(max(p[i], 1e-6), 1-1e-6)
		y := 0.0
		if pt.Right {
			y = 1
		}
		e.LogLoss -= y*math.Log(q) + (1-y)*math.Log(1-q)
		b := min(int(p[i]*bins), bins-1)
		n[b]++
		sumP[b] += p[i]
		right[b] += y
	}
	for b := range bins {
		if n[b] > 0 {
			e.ECE += math.Abs(sumP[b]-right[b]) / float64(len(pts))
		}
	}
	e.LogLoss /= float64(len(pts))
	return e
}
