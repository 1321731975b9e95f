package parse

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"facet/internal/atomic"

	"github.com/shopspring/decimal"
)

// ReviewVersion is the version of the review file format this build writes.
const ReviewVersion = 1

// Review is a person's work on a set of documents: which documents (by path
// and hash) and every correction, keyed by the identity of the fact it
// corrects so that it survives re-parsing and an improved parser.
type Review struct {
	Version     int              `json:"version"`
	Documents   []ReviewDocument `json:"documents"`
	Corrections []Correction     `json:"corrections"`
	// DisplayScale is the power of ten figures are shown in (6: millions).
	DisplayScale int `json:"displayScale,omitempty"`
	// FiscalYearEnds are the months a person chose for companies' fiscal
	// years to end, by company (1 January … 12 December).
	FiscalYearEnds map[string]int `json:"fiscalYearEnds,omitempty"`
	Saved          time.Time      `json:"saved"`
}

// ReviewDocument names a document of the review.
type ReviewDocument struct {
	Name string `json:"name"`
	Path string `json:"path,omitempty"` // empty for a built-in sample
	Hash string `json:"sha256"`
	// Period is the period a person said the document reports, as
	// "2021-08-01/2021-10-31"; empty when Facet's reading stands.
	Period string `json:"period,omitempty"`
}

// Action is what a correction does.
type Action string

const (
	SetValue Action = "set-value" // the fact's value is Value
	Confirm  Action = "confirm"   // the fact is right as it stands
	Reject   Action = "reject"    // the fact is no fact
	Rekey    Action = "rekey"     // the fact's concept, segment, period or scenario is To
	Add      Action = "add"       // a figure the parser missed: To, Value, Source
	// Detach takes the mention at Source out of the fact: into a fact of
	// its own at To, with the value it states, or, without To, set aside
	// as no mention of the fact. The rest of the fact stays as it was.
	Detach Action = "detach"
)

// Correction is one change a person made.
type Correction struct {
	Action   Action     `json:"action"`
	Key      FactKey    `json:"key"`
	To       *FactKey   `json:"to,omitempty"`
	Value    string     `json:"value,omitempty"` // base units, as a decimal
	Decimals *int       `json:"decimals,omitempty"`
	Source   *SourceRef `json:"source,omitempty"`
	Note     string     `json:"note,omitempty"`
	// Bulk marks a confirmation given to many figures at once, apart from
	// a person's look at one.
	Bulk bool      `json:"bulk,omitempty"`
	At   time.Time `json:"at"`
}

// SourceRef points at the text a person selected for a figure they added.
type SourceRef struct {
	Document string `json:"document"`
	Hash     string `json:"sha256"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// FactKey is a Key as the review file writes it.
type FactKey struct {
	Entity   string `json:"entity"`
	Concept  string `json:"concept"`
	Segment  string `json:"segment,omitempty"`
	Start    string `json:"start,omitempty"` // 2006-01-02; empty for an instant
	End      string `json:"end"`
	Scenario string `json:"scenario,omitempty"` // "", "forecast", "forecast-min", "forecast-max"
	Currency string `json:"currency,omitempty"`
}

// KeyOf writes a Key as a FactKey.
func KeyOf(k Key) FactKey {
	fk := FactKey{Entity: k.Entity, Concept: k.Concept, Segment: k.Segment, End: k.Period.End.String(), Currency: k.Currency}
	if !k.Period.IsInstant() {
		fk.Start = k.Period.Start.String()
	}
	if k.Scenario == Forecast {
		fk.Scenario = "forecast"
		if k.Bound != Point {
			fk.Scenario += "-" + k.Bound.String()
		}
	}
	return fk
}

// Key reads a FactKey back.
func (fk FactKey) Key() (Key, error) {
	k := Key{Entity: fk.Entity, Concept: fk.Concept, Segment: fk.Segment, Currency: fk.Currency}
	if _, ok := LookupConcept(fk.Concept); !ok {
		return k, fmt.Errorf("unknown concept %q", fk.Concept)
	}
	end, err := ParseDate(fk.End)
	if err != nil {
		return k, err
	}
	k.Period.End = end
	if fk.Start != "" {
		if k.Period.Start, err = ParseDate(fk.Start); err != nil {
			return k, err
		}
	}
	switch fk.Scenario {
	case "":
	case "forecast":
		k.Scenario = Forecast
	case "forecast-min":
		k.Scenario, k.Bound = Forecast, Min
	case "forecast-max":
		k.Scenario, k.Bound = Forecast, Max
	default:
		return k, fmt.Errorf("unknown scenario %q", fk.Scenario)
	}
	return k, nil
}

// FiscalYearEndMonths are the review's choices of fiscal year end, for
// Options.FiscalYearEnds.
func (rv *Review) FiscalYearEndMonths() map[string]time.Month {
	if rv == nil || len(rv.FiscalYearEnds) == 0 {
		return nil
	}
	out := map[string]time.Month{}
	for c, m := range rv.FiscalYearEnds {
		if m >= 1 && m <= 12 {
			out[c] = time.Month(m)
		}
	}
	return out
}

// DocumentPeriods are the periods the review says its documents report,
// by document name, for Options.Periods.
func (rv *Review) DocumentPeriods() map[string]Period {
	if rv == nil {
		return nil
	}
	var out map[string]Period
	for _, d := range rv.Documents {
		if d.Period == "" {
			continue
		}
		if p, err := ParsePeriod(d.Period); err == nil {
			if out == nil {
				out = map[string]Period{}
			}
			out[d.Name] = p
		}
	}
	return out
}

// PeriodText writes a period as a review keeps it: "2021-08-01/2021-10-31",
// an instant as its day.
func PeriodText(p Period) string { return periodText(p) }

// ParsePeriod reads what PeriodText writes.
func ParsePeriod(s string) (Period, error) {
	start, end, ok := strings.Cut(s, "/")
	if !ok {
		d, err := ParseDate(s)
		return InstantAt(d), err
	}
	a, err := ParseDate(start)
	if err != nil {
		return Period{}, err
	}
	b, err := ParseDate(end)
	if err != nil {
		return Period{}, err
	}
	return Period{Start: a, End: b}, nil
}

// ParseDate reads 2006-01-02.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Date{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD): %w", s, err)
	}
	return Date{t.Year(), t.Month(), t.Day()}, nil
}

// ReviewError says what is wrong with a review file, and where.
type ReviewError struct {
	Path   string
	Offset int64 // -1 when not about a place
	Line   int
	Reason string
	Err    error
}

func (e *ReviewError) Error() string {
	s := e.Path + ": " + e.Reason
	if e.Line > 0 {
		s += fmt.Sprintf(" (line %d, byte %d)", e.Line, e.Offset)
	}
	return s
}

func (e *ReviewError) Unwrap() error { return e.Err }

// LoadReview reads a review file. Its error is a *ReviewError.
func LoadReview(path string) (*Review, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		reason := "the review cannot be read"
		if errors.Is(err, os.ErrNotExist) {
			reason = "the review file does not exist"
		}
		return nil, &ReviewError{Path: path, Offset: -1, Reason: reason, Err: err}
	}
	return DecodeReview(path, data)
}

// DecodeReview reads a review from bytes; name is used in errors.
func DecodeReview(name string, data []byte) (*Review, error) {
	var rv Review
	if err := json.Unmarshal(data, &rv); err != nil {
		e := &ReviewError{Path: name, Offset: -1, Reason: "this is not a Facet review file (it is damaged or of another kind)", Err: err}
		var se *json.SyntaxError
		if errors.As(err, &se) {
			e.Offset = se.Offset
			e.Line = strings.Count(string(data[:min(int(se.Offset), len(data))]), "\n") + 1
		}
		return nil, e
	}
	if rv.Version < 1 || rv.Version > ReviewVersion {
		return nil, &ReviewError{Path: name, Offset: -1, Reason: fmt.Sprintf("review format version %d is not one this Facet reads (it reads 1 to %d)", rv.Version, ReviewVersion)}
	}
	for i, c := range rv.Corrections {
		if err := c.validate(); err != nil {
			return nil, &ReviewError{Path: name, Offset: -1, Reason: fmt.Sprintf("correction %d is damaged: %v", i+1, err), Err: err}
		}
	}
	return &rv, nil
}

func (c Correction) validate() error {
	if _, err := c.Key.Key(); err != nil && c.Action != Add {
		return err
	}
	switch c.Action {
	case SetValue, Add:
		if _, err := decimal.NewFromString(c.Value); err != nil {
			return fmt.Errorf("value %q is not a number: %w", c.Value, err)
		}
		if c.Action == Add && c.To == nil {
			return errors.New("an added figure has no identity")
		}
	case Rekey:
		if c.To == nil {
			return errors.New("a changed identity has no new identity")
		}
	case Detach:
		if c.Source == nil {
			return errors.New("a detached mention names no mention")
		}
	case Confirm, Reject:
	default:
		return fmt.Errorf("unknown action %q", c.Action)
	}
	if c.To != nil {
		if _, err := c.To.Key(); err != nil {
			return err
		}
	}
	return nil
}

// Encode writes the review as indented JSON.
func (rv *Review) Encode(w io.Writer) error {
	rv.Version = ReviewVersion
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(rv)
}

// SaveReview writes the review to path atomically: a crash or a full disk
// leaves the previous review intact.
func SaveReview(path string, rv *Review) error {
	rv.Saved = time.Now().UTC().Truncate(time.Second)
	if err := atomic.WriteFile(path, rv.Encode); err != nil {
		return &ReviewError{Path: path, Offset: -1, Reason: "the review could not be saved", Err: err}
	}
	return nil
}

// StaleCorrection is a correction that matches no fact any more: the
// documents changed, or the parser now reads the figure differently.
type StaleCorrection struct {
	Correction
	Reason string
}

// FactEdit is one change a correction made to the facts: After took the
// place of Before. Before is nil for a fact the correction added, After
// for one it took out (a figure moved onto another). Taken back last
// first, a run's edits give the facts back as they were.
type FactEdit struct {
	Before, After *Fact
}

// UndoEdits takes back edits made to facts, last first, and returns the
// facts as they were before them. An edit's fact is found by its key, so
// the edits of facts since refreshed (keys stay) are taken back too.
func UndoEdits(facts []*Fact, edits []FactEdit) []*Fact {
	facts = slices.Clone(facts)
	at := make(map[Key]int, len(facts))
	for i, f := range facts {
		at[f.Key] = i
	}
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		j, ok := -1, false
		if e.After != nil {
			j, ok = at[e.After.Key]
		}
		if !ok {
			if e.Before != nil {
				at[e.Before.Key] = len(facts)
				facts = append(facts, e.Before)
			}
			continue
		}
		delete(at, e.After.Key)
		facts[j] = e.Before
		if e.Before != nil {
			at[e.Before.Key] = j
		}
	}
	return slices.DeleteFunc(facts, func(f *Fact) bool { return f == nil })
}

// ApplyCorrections applies corrections to facts in order. It returns the
// facts after them, the corrections that match no fact, and every edit it
// made, in order. The facts it is given are never changed: a fact a
// correction touches is copied first, so that the window can show an edit
// at once and undo it, with the same rules the command line applies.
// Checks run afterwards (see Refresh).
func ApplyCorrections(facts []*Fact, docs []*Document, cs []Correction) ([]*Fact, []StaleCorrection, []FactEdit) {
	facts = slices.Clone(facts)
	at := make(map[Key]int, len(facts)) // a fact's place in facts, by key
	for i, f := range facts {
		at[f.Key] = i
	}
	var stale []StaleCorrection
	var edits []FactEdit
	// edit replaces the fact at place i with a copy that change makes.
	edit := func(i int, change func(g *Fact)) {
		old := facts[i]
		g := *old
		g.Notes = slices.Clone(g.Notes)
		g.Sources = slices.Clone(g.Sources)
		change(&g)
		facts[i] = &g
		edits = append(edits, FactEdit{Before: old, After: &g})
	}
	for _, c := range cs {
		key, keyErr := c.Key.Key()
		i, found := at[key]
		if c.Action != Add && (keyErr != nil || !found) {
			stale = append(stale, StaleCorrection{c, "no figure " + describeFactKey(c.Key) + " was found"})
			continue
		}
		switch c.Action {
		case SetValue:
			v, _ := decimal.NewFromString(c.Value)
			edit(i, func(f *Fact) {
				if f.Stated.IsZero() && !f.Derived {
					f.Stated = f.Value
				}
				f.Value = v
				if c.Decimals != nil {
					f.Decimals = *c.Decimals
				}
				f.Status = Corrected
				f.Notes = append(f.Notes, "corrected by a person"+noteSuffix(c.Note))
			})
		case Confirm:
			edit(i, func(f *Fact) {
				f.Status, f.InBulk = Confirmed, c.Bulk
				if c.Bulk {
					f.Notes = append(f.Notes, "confirmed in bulk with other figures, not one by one"+noteSuffix(c.Note))
					return
				}
				f.Notes = append(f.Notes, "confirmed by a person"+noteSuffix(c.Note))
			})
		case Reject:
			edit(i, func(f *Fact) {
				f.Status = Rejected
				f.Notes = append(f.Notes, "rejected by a person"+noteSuffix(c.Note))
			})
		case Rekey:
			to, _ := c.To.Key()
			delete(at, key)
			if j, ok := at[to]; ok && j != i {
				// the figure joins the one already there: one fact per key
				moved := facts[i]
				edit(j, func(g *Fact) {
					for _, m := range moved.Sources {
						m.Key = to
						g.Sources = append(g.Sources, m)
					}
					g.Notes = append(g.Notes, "a person moved a figure here"+noteSuffix(c.Note))
				})
				facts[i] = nil
				edits = append(edits, FactEdit{Before: moved})
				continue
			}
			edit(i, func(f *Fact) {
				f.Key = to
				for s := range f.Sources {
					f.Sources[s].Key = to
				}
				f.Status = Corrected
				f.Notes = append(f.Notes, "identity changed by a person"+noteSuffix(c.Note))
			})
			at[to] = i
		case Detach:
			src := c.Source
			j := slices.IndexFunc(facts[i].Sources, func(m Mention) bool {
				return m.Doc != nil && (m.Doc.Hash == src.Hash || m.Doc.Name == src.Document) && m.Span.Start == src.Start && m.Span.End == src.End
			})
			if j < 0 {
				stale = append(stale, StaleCorrection{c, "no mention at " + src.Document + " bytes " + fmt.Sprint(src.Start) + " was found in " + describeFactKey(c.Key)})
				continue
			}
			m := facts[i].Sources[j]
			edit(i, func(f *Fact) {
				f.Sources = slices.Delete(f.Sources, j, j+1)
				if f.Status == Conflict && len(f.Alternatives()) == 0 {
					f.Status = Corrected // the disagreement was the mention set apart
				}
				f.Notes = append(f.Notes, "a person set apart a mention stating "+m.Value.String()+noteSuffix(c.Note))
			})
			if c.To == nil {
				continue
			}
			to, _ := c.To.Key()
			m.Key = to
			if k, ok := at[to]; ok {
				edit(k, func(g *Fact) {
					g.Sources = append(g.Sources, m)
					g.Notes = append(g.Notes, "a person moved a mention here"+noteSuffix(c.Note))
				})
				continue
			}
			nf := &Fact{Key: to, Value: m.Value, Decimals: m.Decimals, Status: Corrected, Confidence: m.Confidence,
				Sources: []Mention{m}, Notes: []string{"a mention set apart from another figure by a person" + noteSuffix(c.Note)}}
			facts = append(facts, nf)
			at[to] = len(facts) - 1
			edits = append(edits, FactEdit{After: nf})
		case Add:
			to, _ := c.To.Key()
			v, _ := decimal.NewFromString(c.Value)
			dec := 0
			if c.Decimals != nil {
				dec = *c.Decimals
			}
			if j, ok := at[to]; ok {
				edit(j, func(g *Fact) {
					g.Value, g.Decimals, g.Status = v, dec, Corrected
					g.Notes = append(g.Notes, "set by a person from a selected figure"+noteSuffix(c.Note))
				})
				continue
			}
			nf := &Fact{Key: to, Value: v, Decimals: dec, Status: Corrected, Confidence: 1,
				Notes: []string{"added by a person" + noteSuffix(c.Note)}}
			if c.Source != nil {
				for _, d := range docs {
					if d.Hash == c.Source.Hash || d.Name == c.Source.Document {
						if m, ok := d.MentionAt(Span{c.Source.Start, c.Source.End}); ok {
							m.Key, m.Value, m.Decimals, m.Confidence, m.Rule = to, v, dec, 1, "added by a person"
							nf.Sources = []Mention{m}
						}
						break
					}
				}
			}
			facts = append(facts, nf)
			at[to] = len(facts) - 1
			edits = append(edits, FactEdit{After: nf})
		}
	}
	return slices.DeleteFunc(facts, func(f *Fact) bool { return f == nil }), stale, edits
}

func noteSuffix(note string) string {
	if note == "" {
		return ""
	}
	return ": " + note
}

func describeFactKey(fk FactKey) string {
	s := fk.Concept
	if fk.Segment != "" {
		s += " of " + fk.Segment
	}
	if fk.Start != "" {
		s += " for " + fk.Start + " to " + fk.End
	} else {
		s += " at " + fk.End
	}
	if fk.Scenario != "" {
		s += " (" + fk.Scenario + ")"
	}
	return s
}

// MentionAt builds a mention of the text at span: the figure a person
// selected in the source view. ok is false when the span is not inside
// the text.
func (d *Document) MentionAt(span Span) (Mention, bool) {
	if span.Start < 0 || span.End > len(d.Text) || span.Start >= span.End {
		return Mention{}, false
	}
	// the sentence: back and forward to a full stop or a line break
	lo := strings.LastIndexAny(d.Text[:span.Start], ".!?\n") + 1
	hi := span.End + strings.IndexAny(d.Text[span.End:], ".!?\n")
	if hi < span.End {
		hi = len(d.Text)
	} else if hi < len(d.Text) {
		hi++
	}
	for lo < span.Start && (d.Text[lo] == ' ' || d.Text[lo] == '\t') {
		lo++
	}
	return Mention{
		Doc:      d,
		Span:     span,
		Sentence: Span{lo, hi},
		Quote:    strings.Clone(d.Text[lo:hi]),
		Figure:   Span{span.Start - lo, span.End - lo},
		Stated:   strings.Clone(d.Text[span.Start:span.End]),
	}, true
}
