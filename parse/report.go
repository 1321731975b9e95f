package parse

import (
	"fmt"
	"strings"
)

// Report is what Facet read from a set of documents: the documents, the
// reconciled facts, and the findings of the checks.
type Report struct {
	Documents []*Document
	Facts     []*Fact
	Findings  []*Finding
	Growth    []Growth
}

// Build extracts, reconciles and checks the documents. Documents of
// different companies are never reconciled together: every fact carries
// its entity.
func Build(docs []*Document, opt Options) *Report {
	rep := &Report{Documents: docs}
	uniqueNames(docs)
	var all []Mention
	for _, d := range docs {
		rd := Extract(d, opt)
		all = append(all, rd.Mentions...)
		rep.Growth = append(rep.Growth, rd.Growth...)
	}
	unifyEntities(docs, all)
	rep.Facts = Reconcile(all)
	rep.Findings = Check(rep.Facts, rep.Growth)
	return rep
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
