package parse

// companySegmentAliases are the other names a known company's segments go
// by, where its documents name one segment two ways and no text says they
// are one: Kingsoft Cloud renamed its industry cloud services enterprise
// cloud services in 2025. Keyed by the company as Facet names it (lower
// case); the first name is the one the workbook shows. This is knowledge
// about companies, kept apart from the lexicon, which names none.
var companySegmentAliases = map[string][][]string{
	"kingsoft cloud": {
		{"Public cloud services", "public cloud", "public cloud service", "public cloud business"},
		{"Enterprise cloud services", "enterprise cloud", "industry cloud services", "industry cloud", "enterprise cloud service", "enterprise cloud business", "industry cloud business"},
	},
}
