package corpus

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"testing"
)

// analysisFingerprints maps each AnalysisVersion to the SHA-256 of the
// analysis of testdata/corpus/analysis-probe.txt (every line, in every
// language), taken with the probe as it was then. Add a line when you
// bump the version; a new line in the diff is what shows the bump.
var analysisFingerprints = map[int]string{
	2:  "9531431e7325737ebac0e88e136627192d2fe5ade500d353b35a1b8ee6bbcae6",
	3:  "17779f2220eb1b09bd40601559402443f987d35ae5b75d0470fc2a751f14d703",
	4:  "add1f449a2afe79f07c133dc1775f1cf449fa795ce1e8f97f60ce8c805702585",
	5:  "430a4aefa38f5bf082f34cc180b033cca3e16ba0d5afb3ef082de15732b81783",
	6:  "6e579e82efe81455f3a44beacf081f3fbb435c0eaf356f17e139dd7d809baeee",
	7:  "650ad34966360f39935b5e48fdd4c6796b6fae90c67795242f646d0106a91bed",
	8:  "7b67ab06866bdc5fa42dacfd5a230d17ef5f712340f8fd4c34ce523e6b9e5494",
	9:  "a5b08137436c46b920720e7d6c176d2c32d6e1313bbd25741eb308822317a2cb",
	10: "87d1cdce7f707b525bfd50b903f83d813313ea32f5fcc99f76c98bb9b580aa9d",
	11: "cfc234a4bebd864a2be26abb744d47dbc24443a3c88bec10aa7d8d231a3d3b84",
	12: "c51fc1a52a3b2be4c2115be35ffc9a692a20c47f7d7062d47e53f38ea61736fa",
	13: "f7345609a3b7169bf3240a85e723d3211c53bb4bbc6485d16bf2e44d34a4ceb2",
	14: "bb1568f2470fe8e93e82deb31c4bd757916e4eb860f471cf73ac2e4cf0f563ac",
	15: "32a4aa57a5ede32229cb5bffdb848cbd7d7ea51ecc654a21a13b8cb14a4b9d3b",
	16: "b63d01c0d4eda9f03dbd862b48addcd7890cafdcc834e68948753c849034eaca",
	17: "b5d357bc2d1e5f287c596eb53ee094b9d667ea83dcc8dd1e82206e863130b5bf",
	18: "19326e5dbe515ebdb8dcd3711fe1f10d9b6201bb0025152a0b77f27bef261cee",
	19: "32b575c8460824f399d6dd9f6b34f5c65784aba5469ee22b73a274b0b8415294",
	20: "3366331095a4f2e8e16984527d7122a3af157aba79b4dac4be502e2672b90b7f",
	21: "7ae50ec5f609b4f23410c8dc0aa181bddf082b2123741ea5f143d1098b739baf",
	22: "3d86122717bffccd8924e0b2910f91842a7efcf1e9edccd46096ce8f5d9f7cd1",
	23: "55015dd72530e1b9826e826e653c3c5434d58ff6e4e923e57c2020c5d1f6c19d",
}

// TestAnalysisVersion fails when the analysis changed but AnalysisVersion
// did not: models built before the change would load and quietly meet
// postings in another form.
func TestAnalysisVersion(t *testing.T) {
	f, err := os.Open("../testdata/corpus/analysis-probe.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	as := NewAnalyzers(Config{})
	h := sha256.New()
	sc := bufio.NewScanner(f)
	lines := 0
	for sc.Scan() {
		lines++
		for _, l := range append(Langs[:], Undetermined) {
			for _, tok := range as.For(l).Analyze(sc.Text()) {
				fmt.Fprintf(h, "%s %s %d %d %d|", l, tok.Term, tok.Start, tok.End, tok.Position)
			}
			fmt.Fprintln(h)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if lines < 300 {
		t.Fatalf("probe has %d lines, want the whole file", lines)
	}
	got := hex.EncodeToString(h.Sum(nil))
	if want := analysisFingerprints[AnalysisVersion]; got != want {
		t.Errorf("the analysis of the probe changed (fingerprint %s, recorded %q for version %d): "+
			"bump AnalysisVersion so models built before it are refused, and record the new fingerprint", got, want, AnalysisVersion)
	}
}
