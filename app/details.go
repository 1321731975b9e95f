package app

import (
	"fmt"
	"strings"

	"facet/parse"

	"github.com/shopspring/decimal"
)

// Details is what the source and checks panels show of the selected fact.
type Details struct {
	Fact     *parse.Fact
	Title    string // "Revenue · Public cloud services · Q2 2025"
	Value    string // "2,349.2 CNY million, needs review"
	Notes    []string
	Mentions []MentionView
	// Alternatives are a conflict's competing values, each with where it
	// is stated; the fact's own value is the first, Current.
	Alternatives []AlternativeView
	Findings     []FindingView
}

// MentionView is one place a document states the figure.
type MentionView struct {
	Mention parse.Mention
	Where   string // "transcript-a.txt, line 12"
	// Before, Figure and After are the sentence cut around the figure,
	// which the panel highlights.
	Before, Figure, After string
	Value                 string // the value this mention states
	Agrees                bool   // it states the fact's value
	Notes                 []string
	index                 int // among the fact's sources
}

// AlternativeView is one side of a conflict.
type AlternativeView struct {
	Value   string
	Where   string
	Current bool // the value the fact has now
	index   int  // for Model.PickAlternative; -1 for the current value
}

// FindingView is one check's result about the fact.
type FindingView struct {
	Kind    string // "sum", "margin"…
	Message string
	Status  string // "fails", "passes", "decided the value"
	Failed  bool
}

// excerptWidth is how many characters of a sentence the source panel
// shows each side of a figure.
const excerptWidth = 160

// Details describes the selected fact, or returns nil when none is.
func (m *Model) Details() *Details {
	f, _ := m.Selected()
	if f == nil {
		return nil
	}
	return m.detailsOf(f)
}

func (m *Model) detailsOf(f *parse.Fact) *Details {
	cal := m.rep.CalendarOf(f.Entity)
	parts := []string{conceptLabel(f.Concept)}
	if f.Segment != "" {
		parts = append(parts, f.Segment)
	}
	parts = append(parts, cal.Label(f.Period))
	if f.Scenario == parse.Forecast {
		parts = append(parts, "guidance")
	}
	d := &Details{
		Fact:  f,
		Title: strings.Join(parts, " · "),
		Value: m.valueOf(f.Value, f.Decimals, f.Key) + ", " + f.StatusText(),
		Notes: f.Notes,
	}
	if f.Derived || !f.Stated.IsZero() && !f.Stated.Equal(f.Value) {
		d.Notes = append(append([]string{}, d.Notes...), "the documents state "+m.valueOf(f.Stated, f.Decimals, f.Key))
	}
	for i, mt := range f.Sources {
		mv := MentionView{Mention: mt, Value: m.valueOf(mt.Value, mt.Decimals, mt.Key), Notes: mt.Notes, index: i}
		mv.Agrees = mt.Value.Sub(f.Value).Abs().LessThanOrEqual(halfUnit(min(mt.Decimals, f.Decimals)))
		if mt.Doc != nil {
			mv.Where = mt.Doc.Name + ", " + mt.Doc.Where(mt.Span.Start)
		}
		mv.Before, mv.Figure, mv.After = excerpt(mt.Quote, mt.Figure.Start, mt.Figure.End, excerptWidth)
		d.Mentions = append(d.Mentions, mv)
	}
	if alts := f.Alternatives(); len(alts) > 0 {
		var own []parse.Mention
		for _, mt := range f.Sources {
			if mt.Value.Sub(f.Value).Abs().LessThanOrEqual(halfUnit(min(mt.Decimals, f.Decimals))) {
				own = append(own, mt)
			}
		}
		d.Alternatives = append(d.Alternatives, AlternativeView{
			Value: m.valueOf(f.Value, f.Decimals, f.Key), Where: mentionPlaces(own), Current: true, index: -1})
		for i, a := range alts {
			d.Alternatives = append(d.Alternatives, AlternativeView{
				Value: m.valueOf(a.Value, a.Decimals, f.Key), Where: mentionPlaces(a.Mentions), index: i})
		}
	}
	for _, fd := range f.Findings {
		fv := FindingView{Kind: string(fd.Kind), Message: fd.Message}
		switch {
		case fd.Resolved:
			fv.Status, fv.Failed = "decided the value", true
		case fd.OK:
			fv.Status = "passes"
		default:
			fv.Status, fv.Failed = "fails", true
		}
		d.Findings = append(d.Findings, fv)
	}
	return d
}

// halfUnit is half a unit of the last place a figure with decimals dec
// states: the rounding two agreeing figures may differ by.
func halfUnit(dec int) decimal.Decimal { return decimal.New(5, int32(-dec-1)) }

// OpenFindings lists the checks that failed across the report, for the
// checks panel when no fact is selected.
func (m *Model) OpenFindings() []FindingView {
	var out []FindingView
	for _, fd := range m.rep.Findings {
		if fd.OK && !fd.Resolved {
			continue
		}
		fv := FindingView{Kind: string(fd.Kind), Message: fd.Message, Failed: true, Status: "fails"}
		if fd.Resolved {
			fv.Status = "decided the value"
		}
		out = append(out, fv)
	}
	return out
}

// StaleNotes are sentences about corrections that match no figure any
// more, so a person sees them instead of losing them silently.
func (m *Model) StaleNotes() []string {
	var out []string
	for _, s := range m.rep.Stale {
		out = append(out, fmt.Sprintf("Your %s correction (%s) no longer applies: %s.", s.Action, s.At.Local().Format("2 Jan 15:04"), s.Reason))
	}
	return out
}
