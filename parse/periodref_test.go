package parse

import (
	"fmt"
	"strings"
	"testing"
)

// TestPeriodPhrases reads the period phrases of sentences; the phrases
// expected are marked in the text with « and ».
func TestPeriodPhrases(t *testing.T) {
	cases := []string{
		"The «year-over-year» increase was from deal costs.",
		"The «year-to-date» operating cash flow was $1.2 billion.",
		"Cash returned to shareholders fiscal «year-to-date» was $9.7 million.",
		"The «year-on-year» change was small, and «the year» closed well.",
		"We see growth in the years ahead and in the quarters to come.",
		"Revenue for «the year» was $4.2 billion, up from the «prior year».",
		"Since «year-end 2020», debt has declined by $225 million.",
		"«At the end of 2020», cash was $997 million.",
		"Net sales for the «January-September 2025» period rose, as they did in «Jul-Sep».",
		"Sales are stronger in the «April to June» period; June is strong.",
	}
	const opening = "Welcome to Acme's third quarter 2021 call.\n"
	for _, c := range cases {
		t.Run(c, func(t *testing.T) {
			text, want := unmarkAll(c)
			doc, err := Parse("call.txt", []byte(opening+text+"\n"), LoadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			r := newReader(doc)
			r.readContext(Options{})
			var got []Span
			for si := range r.sents {
				for _, ref := range r.sentRefs(si) {
					if start := int(r.toks[ref.lo].start); start >= len(opening) {
						got = append(got, Span{start - len(opening), int(r.toks[ref.hi-1].end) - len(opening)})
					}
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("phrases at %v, want %v in %q", got, want, text)
			}
		})
	}
}

// unmarkAll removes every « » marker from a test text and returns the
// text and the byte spans the markers enclosed.
func unmarkAll(marked string) (string, []Span) {
	var out strings.Builder
	var spans []Span
	for {
		i := strings.Index(marked, "«")
		if i < 0 {
			out.WriteString(marked)
			return out.String(), spans
		}
		j := strings.Index(marked, "»")
		out.WriteString(marked[:i])
		start := out.Len()
		out.WriteString(marked[i+len("«") : j])
		spans = append(spans, Span{start, out.Len()})
		marked = marked[j+len("»"):]
	}
}

// TestMonthRanges: a run of months is the period its length makes,
// ending with its last month; without a year it dates no document.
func TestMonthRanges(t *testing.T) {
	cases := []struct {
		text     string
		word     periodWord
		end      Date
		monthEnd bool
	}{
		{"Sales for January–September 2025 rose.", pwNineMonths, Date{2025, 9, 30}, false},
		{"In July–September 2025, sales rose.", pwThisQuarter, Date{2025, 9, 30}, false},
		{"Sales for Jan.-Jun. 2024 rose.", pwH1, Date{2024, 6, 30}, false},
		{"Sales are strong in the April to June period.", pwThisQuarter, Date{0, 6, 30}, true},
		{"Sales from October through September rose.", pwFullYear, Date{0, 9, 30}, true},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			doc, err := Parse("report.txt", []byte(tc.text+"\n"), LoadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			r := newReader(doc)
			refs := r.sentRefs(0)
			if len(refs) != 1 {
				t.Fatalf("%d period phrases, want 1", len(refs))
			}
			if p := refs[0]; p.word != tc.word || p.date != tc.end || !p.hasDate || p.monthEnd != tc.monthEnd {
				t.Errorf("word %v ending %v (dated %v, month's end %v), want %v ending %v (month's end %v)", p.word, p.date, p.hasDate, p.monthEnd, tc.word, tc.end, tc.monthEnd)
			}
		})
	}
}
