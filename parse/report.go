package parse

import (
	"fmt"
	"strings"
)

// Report is what Facet read from a set of documents: the documents, every
// mention of a figure, the reconciled facts with a person's corrections
// applied, and the findings of the checks.
type Report struct {
	Documents []*Document
	Mentions  []Mention
	Growth    []Growth
	Facts     []*Fact
	Findings  []*Finding
	// Stale lists corrections that matched no fact at the last Refresh.
	Stale []StaleCorrection
}

// Build extracts every document and refreshes the report with no
// corrections. Documents of different companies are never reconciled
// together: every fact carries its entity.
func Build(docs []*Document, opt Options) *Report {
	rep := &Report{Documents: docs}
	uniqueNames(docs)
	readings := make([]Reading, len(docs))
	for i, d := range docs {
		readings[i] = Extract(d, opt)
	}
	gather := func() {
		rep.Mentions, rep.Growth = rep.Mentions[:0], rep.Growth[:0]
		for _, rd := range readings {
			rep.Mentions = append(rep.Mentions, rd.Mentions...)
			rep.Growth = append(rep.Growth, rd.Growth...)
		}
		unifyEntities(docs, rep.Mentions)
	}
	gather()
	// a fiscal year end a person chose for a company: its documents are
	// read again in that calendar (the company is known by its name in
	// the report only once every document is read)
	again := false
	for i, d := range docs {
		if m := opt.FiscalYearEnds[d.Context.Company]; m != 0 {
			o := opt
			o.FiscalYearEnd = m
			readings[i] = Extract(d, o)
			d.Context.FiscalYearEndSet = true
			again = true
		}
	}
	if again {
		gather()
	}
	for i := range rep.Growth {
		rep.Growth[i].Key.Entity = rep.Growth[i].Doc.Context.Company
	}
	rep.Refresh(nil)
	return rep
}

// Refresh reconciles the mentions into facts afresh, applies the
// corrections in order, and reruns the checks. It is cheap: the window
// calls it after every edit, undo and redo.
func (rep *Report) Refresh(cs []Correction) {
	facts := Reconcile(rep.Mentions)
	facts, rep.Stale, _ = ApplyCorrections(facts, rep.Documents, cs)
	sortFacts(facts)
	rep.Facts = facts
	rep.Findings = Check(facts, rep.Growth)
}

// Remove drops a document and everything read from it; call Refresh after.
func (rep *Report) Remove(d *Document) {
	docs := rep.Documents[:0]
	for _, x := range rep.Documents {
		if x != d {
			docs = append(docs, x)
		}
	}
	rep.Documents = docs
	ms := rep.Mentions[:0]
	for _, m := range rep.Mentions {
		if m.Doc != d {
			ms = append(ms, m)
		}
	}
	rep.Mentions = ms
	gs := rep.Growth[:0]
	for _, g := range rep.Growth {
		if g.Doc != d {
			gs = append(gs, g)
		}
	}
	rep.Growth = gs
}

// Fact returns the fact with key k, or nil.
func (rep *Report) Fact(k Key) *Fact {
	for _, f := range rep.Facts {
		if f.Key == k {
			return f
		}
	}
	return nil
}

// LoadAll loads every path; the documents that load are returned, and an
// error (a *LoadError) for each that does not.
func LoadAll(paths []string, opt LoadOptions) ([]*Document, []error) {
	var docs []*Document
	var errs []error
	for _, p := range paths {
		d, err := Load(p, opt)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, d)
	}
	return docs, errs
}

// uniqueNames makes document names unique: "call.txt", "call (2).txt".
func uniqueNames(docs []*Document) {
	seen := map[string]int{}
	for _, d := range docs {
		n := seen[d.Name]
		seen[d.Name]++
		if n > 0 {
			ext := ""
			if i := strings.LastIndexByte(d.Name, '.'); i > 0 {
				ext = d.Name[i:]
			}
			d.Name = fmt.Sprintf("%s (%d)%s", strings.TrimSuffix(d.Name, ext), n+1, ext)
		}
	}
}

// unifyEntities gives documents about the same company one spelling of its
// name: "KingsoftCloud" and "Kingsoft Cloud" are one entity.
func unifyEntities(docs []*Document, ms []Mention) {
	canon := map[string]string{}
	for _, d := range docs {
		key := entityKey(d.Context.Company)
		if c, ok := canon[key]; !ok || len(d.Context.Company) > len(c) && strings.Contains(d.Context.Company, " ") {
			canon[key] = d.Context.Company
		}
	}
	for _, d := range docs {
		d.Context.Company = canon[entityKey(d.Context.Company)]
	}
	for i := range ms {
		ms[i].Key.Entity = ms[i].Doc.Context.Company
	}
}

func entityKey(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(name), ""))
}

// Entities lists the companies of the report's documents, in the order
// they first appear.
func (rep *Report) Entities() []string {
	var out []string
	seen := map[string]bool{}
	for _, d := range rep.Documents {
		if c := d.Context.Company; !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	for _, f := range rep.Facts {
		if !seen[f.Entity] {
			seen[f.Entity] = true
			out = append(out, f.Entity)
		}
	}
	return out
}

// CalendarOf returns the reporting calendar of an entity: the fiscal year
// end its documents state, else December.
func (rep *Report) CalendarOf(entity string) Calendar {
	for _, d := range rep.Documents {
		if d.Context.Company == entity && d.Context.FiscalYearEndStated {
			return d.Context.Calendar
		}
	}
	for _, d := range rep.Documents {
		if d.Context.Company == entity {
			return d.Context.Calendar
		}
	}
	return Calendar{}
}

// DocumentFacts counts the facts each document is a source of.
func (rep *Report) DocumentFacts() map[*Document]int {
	n := map[*Document]int{}
	for _, f := range rep.Facts {
		seen := map[*Document]bool{}
		for _, m := range f.Sources {
			if !seen[m.Doc] {
				seen[m.Doc] = true
				n[m.Doc]++
			}
		}
	}
	return n
}
