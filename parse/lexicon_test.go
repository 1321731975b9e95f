package parse

import (
	"regexp"
	"strings"
	"testing"
)

// TestLexiconNamesRealConcepts checks that every phrase of the lexicon
// names concepts the concept table knows, so that a misspelt name fails
// here rather than binding figures to nothing.
func TestLexiconNamesRealConcepts(t *testing.T) {
	check := func(where, text string, cue conceptCue) {
		t.Helper()
		named := false
		for _, name := range []string{cue.money, cue.ratio, cue.perShare, cue.count} {
			if name == "" {
				continue
			}
			named = true
			c, ok := LookupConcept(name)
			if !ok {
				t.Errorf("%s %q names %q, which is no concept", where, text, name)
				continue
			}
			if name == cue.ratio && c.Kind != Ratio || name == cue.perShare && c.Kind != PerShare || name == cue.count && c.Kind != Count {
				t.Errorf("%s %q names %q for the wrong kind of figure", where, text, name)
			}
			if cue.adjusted && !c.Adjustable && !c.Adjusted {
				t.Errorf("%s %q is adjusted, but %q has no adjusted twin", where, text, name)
			}
		}
		if !named {
			t.Errorf("%s %q names no concept", where, text)
		}
	}
	seen := map[string]bool{}
	for _, c := range conceptLexicon {
		key := strings.ToLower(c.text)
		if seen[key] {
			t.Errorf("concept phrase %q is listed twice", c.text)
		}
		seen[key] = true
		check("concept phrase", c.text, c.cue)
	}
	for _, f := range fuzzyHeads {
		check("fuzzy head", strings.Join(f.head, " "), f.cue)
	}
	for name := range segmentConcepts {
		if _, ok := LookupConcept(name); !ok {
			t.Errorf("segmentConcepts names %q, which is no concept", name)
		}
	}
}

// TestConceptTable checks the concept table's own consistency: XBRL names
// are qualified, parents and profits are concepts, and every adjusted twin
// exists for an adjustable concept.
func TestConceptTable(t *testing.T) {
	qname := regexp.MustCompile(`^(us-gaap|facet):[A-Z][A-Za-z]+$`)
	for _, c := range Concepts() {
		if !qname.MatchString(c.XBRL) {
			t.Errorf("%s: XBRL name %q", c.Name, c.XBRL)
		}
		if c.Label == "" {
			t.Errorf("%s: no label", c.Name)
		}
		for _, ref := range []string{c.Parent, c.Profit, c.Base} {
			if _, ok := LookupConcept(ref); ref != "" && !ok {
				t.Errorf("%s refers to %q, which is no concept", c.Name, ref)
			}
		}
		if c.Adjustable {
			if a, ok := LookupConcept(Adjusted(c.Name)); !ok || !a.Adjusted || a.Base != c.Name || a.Segmentable != c.Segmentable || a.Additive != c.Additive {
				t.Errorf("%s: adjusted twin %+v", c.Name, a)
			}
		}
		if c.Kind == Ratio && (c.Additive || c.Balance != NoBalance) {
			t.Errorf("%s: a ratio is neither additive nor has a balance", c.Name)
		}
	}
}

// TestCurrencyAndScaleTables checks that the word lists the amount reader
// and the matcher share are well formed.
func TestCurrencyAndScaleTables(t *testing.T) {
	iso := regexp.MustCompile(`^[A-Z]{3}$`)
	for _, c := range currencyTable {
		if !iso.MatchString(c.code) {
			t.Errorf("currency code %q", c.code)
		}
		if len(c.letters) == 0 {
			t.Errorf("%s: no letters", c.code)
		}
	}
	for text, code := range map[string]string{"RMB": "CNY", "US": "USD", "EUR": "EUR", "TRY": "TRY"} {
		if currencyCodes[text] != code {
			t.Errorf("currencyCodes[%q] = %q, want %q", text, currencyCodes[text], code)
		}
	}
	for text, exp := range map[string]int{"million": 6, "Million": 6, "MILLION": 6, "bn": 9, "MM": 6} {
		if scaleWords[text] != exp {
			t.Errorf("scaleWords[%q] = %d, want %d", text, scaleWords[text], exp)
		}
	}
	if _, ok := scaleWords["mm"]; ok {
		t.Error(`"mm" is read as a scale; only "MM" is`)
	}
	if gluedScales["m"] != 6 || scaleWords["m"] != 0 {
		t.Error(`"m" scales a figure only glued to it`)
	}
}
