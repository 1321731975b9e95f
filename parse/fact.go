package parse

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// Scenario separates what happened from what a company expects.
type Scenario int

const (
	Actual   Scenario = iota
	Forecast          // guidance or outlook, never the period's actual
)

// Bound says which end of a guided range a forecast fact is.
type Bound int

const (
	Point Bound = iota // a single figure ("about $700 million")
	Min                // the low end, or a floor ("at least")
	Max                // the high end, or a ceiling ("up to")
)

func (b Bound) String() string {
	switch b {
	case Min:
		return "min"
	case Max:
		return "max"
	}
	return ""
}

// Key is a fact's identity: one fact per entity, concept, segment, period,
// scenario and unit across all loaded documents. Corrections are keyed by it.
type Key struct {
	Entity   string
	Concept  string
	Segment  string // the segment's canonical name; "" for the whole company
	Period   Period
	Scenario Scenario
	Bound    Bound
	Currency string // ISO 4217 code of money and per-share figures
}

func (k Key) String() string {
	var b strings.Builder
	b.WriteString(k.Entity + " " + k.Concept)
	if k.Segment != "" {
		b.WriteString(" [" + k.Segment + "]")
	}
	fmt.Fprintf(&b, " %s", periodText(k.Period))
	if k.Scenario == Forecast {
		b.WriteString(" forecast")
		if k.Bound != Point {
			b.WriteString("-" + k.Bound.String())
		}
	}
	if k.Currency != "" {
		b.WriteString(" " + k.Currency)
	}
	return b.String()
}

func periodText(p Period) string {
	if p.IsInstant() {
		return p.End.String()
	}
	return p.Start.String() + "/" + p.End.String()
}

// Span is a run of bytes in a document's original text, End exclusive.
type Span struct{ Start, End int }

// Len is the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Mention is one place where a document states a figure.
type Mention struct {
	Doc      *Document
	Span     Span   // the figure, in the document's original text
	Sentence Span   // the sentence around it, in the original text
	Quote    string // the sentence as a person reads it (normalised)
	Figure   Span   // the figure inside Quote
	Stated   string // the figure as written: "RMB 3,667,464 thousand"

	Key      Key
	Value    decimal.Decimal // in base units; ratios as fractions
	Decimals int             // XBRL decimals: how precise the text was
	// Confidence, 0..1, reflects how the figure was read and bound.
	Confidence float64
	Rule       string   // the pattern that bound the figure to its concept
	Notes      []string // what a reviewer should know: "written with $ in an RMB document"
	// Suspect marks a mention that a reader should doubt on its own
	// (a transcription artefact, a currency sign at odds with the document).
	Suspect bool

	labelled bool // its period came from a label: "(previous year: …)"
	// whole marks a figure its words state as the company's own total:
	// "total revenue", "consolidated net sales", "our revenue", "Harsco's
	// revenues"; against figures without such words it is the total.
	whole bool
	// stream marks a figure its words state as one stream of the total:
	// "franchise revenues", "service revenue".
	stream bool
	// statement marks a figure read from a primary statement's table (the
	// income statement, balance sheet, cash-flow statement), which a
	// note's or a summary's table gives way to.
	statement bool
	// heading is the heading right above the table a figure was read
	// from ("BEAUTY"): a segment's name when the document names it so
	heading string
	// basic marks a figure per share its words call basic, not diluted
	// ("basic EPS 13.2p"): it gives way to a diluted one of the same key
	basic bool
	// revenueLine marks a statement's line of revenue, a kind of it
	// ("Products" under "Revenue:"), another breakdown than segments
	revenueLine bool
}

// Status is where a fact stands in review.
type Status int

const (
	Found       Status = iota // read from the documents, nothing against it
	Conflict                  // sources disagree and nothing decides
	NeedsReview               // a check or the reading casts doubt on it
	Confirmed                 // a person confirmed it
	Corrected                 // a person changed it
	Rejected                  // a person said it is no fact
)

var statusNames = [...]string{"found", "conflict", "needs review", "confirmed", "corrected", "rejected"}

func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("status(%d)", int(s))
}

// ParseStatus reads a status written by String.
func ParseStatus(s string) (Status, bool) {
	for i, n := range statusNames {
		if n == s {
			return Status(i), true
		}
	}
	return 0, false
}

// Fact is one reconciled figure with every mention that supports or
// disputes it.
type Fact struct {
	Key
	Value      decimal.Decimal
	Decimals   int
	Status     Status
	Confidence float64
	Sources    []Mention
	Findings   []*Finding
	// Notes say why the value stands ("three sources agree to rounding",
	// "the segments sum to the stated total").
	Notes []string
	// Stated is the value the documents gave when a check replaced it
	// with the one the arithmetic implies; zero otherwise.
	Stated decimal.Decimal
	// Derived marks a value the checks corrected rather than one a
	// document stated as it stands.
	Derived bool
	// InBulk marks a figure confirmed with many others at once ("Confirm
	// sure ones"), not by a person's look at it alone.
	InBulk bool
}

// OpenCounts counts the facts that still want a person's look: those that
// need review, and those whose sources disagree.
func OpenCounts(facts []*Fact) (needsReview, conflicts int) {
	for _, f := range facts {
		switch f.Status {
		case NeedsReview:
			needsReview++
		case Conflict:
			conflicts++
		}
	}
	return needsReview, conflicts
}

// StatusText is the fact's status as a person reads it: "confirmed in
// bulk" apart from "confirmed".
func (f *Fact) StatusText() string {
	if f.Status == Confirmed && f.InBulk {
		return "confirmed in bulk"
	}
	return f.Status.String()
}

// Concept returns the fact's concept description.
func (f *Fact) ConceptInfo() Concept {
	c, _ := LookupConcept(f.Concept)
	return c
}

// Alternatives returns the distinct values the sources give, other than the
// fact's own, each with the mentions that state it.
func (f *Fact) Alternatives() []Alternative {
	var out []Alternative
	for _, m := range f.Sources {
		if agrees(m.Value, m.Decimals, f.Value, f.Decimals) {
			continue
		}
		found := false
		for i := range out {
			if agrees(m.Value, m.Decimals, out[i].Value, out[i].Decimals) {
				out[i].Mentions = append(out[i].Mentions, m)
				found = true
				break
			}
		}
		if !found {
			out = append(out, Alternative{Value: m.Value, Decimals: m.Decimals, Mentions: []Mention{m}})
		}
	}
	return out
}

// Alternative is one competing value of a conflict.
type Alternative struct {
	Value    decimal.Decimal
	Decimals int
	Mentions []Mention
}

// FindingKind names the check that produced a finding.
type FindingKind string

const (
	SumCheck      FindingKind = "sum"      // parts against their total
	MarginCheck   FindingKind = "margin"   // a margin against profit over revenue
	GrowthCheck   FindingKind = "growth"   // a stated growth rate against two values
	DiffCheck     FindingKind = "gross"    // revenue less cost against gross profit
	ConflictCheck FindingKind = "conflict" // sources that disagree
	ReadingCheck  FindingKind = "reading"  // something odd in how the figure was written
)

// Finding is the result of one check: what it compared, and what the
// arithmetic implies.
type Finding struct {
	Kind    FindingKind
	Message string // a sentence for a person
	Keys    []Key  // the facts involved
	// OK is true when the check passed (kept, so the Checks sheet can show
	// totals that were verified).
	OK bool
	// Stated and Implied are the figure a document gives and the one the
	// arithmetic implies, for the fact the finding is about.
	Subject Key
	Stated  decimal.Decimal
	Implied decimal.Decimal
	// Resolved says the finding decided the fact's value.
	Resolved bool
}
