package place

// PLACEHOLDER implementation: the posting helper replaces the bodies below
// (keeping these exported signatures).

// Kind says what a location text turned out to be.
type Kind string

// The kinds of place.
const (
	Morocco Kind = "morocco" // resolved to a region (and maybe a city)
	Abroad  Kind = "abroad"
	Remote  Kind = "remote"
	Unknown Kind = "unknown"
)

// Place is a resolved location.
type Place struct {
	Kind     Kind   `json:"kind"`
	Region   string `json:"region,omitempty"`   // stable code of one of the 12 regions, e.g. "casablanca-settat"
	Province string `json:"province,omitempty"` // province or prefecture, when known
	City     string `json:"city,omitempty"`     // canonical city name, when known
	Country  string `json:"country,omitempty"`  // for Abroad, when known
}

// Resolve maps a location text to a Place.
func Resolve(text string) Place { return Place{Kind: Unknown} }

// Region is one of Morocco's 12 regions.
type Region struct {
	Code string // e.g. "casablanca-settat"
	FR   string // "Casablanca-Settat"
	AR   string // "الدار البيضاء-سطات"
	EN   string
}

// Regions lists the 12 regions in official order.
func Regions() []Region { return nil }
