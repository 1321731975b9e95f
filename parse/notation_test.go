package parse

import (
	"strings"
	"testing"
)

func TestContinentalNotation(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Revenue: EUR 187,4 million (H1 2024: EUR 201,9 million). EBIT: EUR -3,9 million.", true},
		{"Revenue of EUR 1.052,3 million and EBIT of EUR 71,4 million.", true},
		{"Revenue of $1,234.5 million and EBIT of $71.4 million.", false},
		{"Revenue of $3,667 million, up from $3,512 million.", false},
		{"One figure alone, EUR 187,4 million, and 3.9% growth, 2.1 points of margin.", false},
		{"Dates are no numbers: 30.06.2025 and 31.12.2024, nor 1,2 and 3.", false},
	}
	for _, tc := range cases {
		if got := continentalNotation(tc.text); got != tc.want {
			t.Errorf("continentalNotation(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestSwapNumberMarks(t *testing.T) {
	cases := []struct{ in, want string }{
		{"EUR 187,4 million", "EUR 187.4 million"},
		{"EUR 1.052,3 million", "EUR 1,052.3 million"},
		{"in TEUR 187.412 and (3.885)", "in TEUR 187,412 and (3,885)"},
		{"EPS EUR -0,41.", "EPS EUR -0.41."},
		{"at 30.06.2025, Q3/2025, 9M 2025", "at 30.06.2025, Q3/2025, 9M 2025"},
		{"1,2,3 and 12.34.56", "1,2,3 and 12.34.56"},
	}
	for _, tc := range cases {
		got := swapNumberMarks(tc.in)
		if got != tc.want {
			t.Errorf("swapNumberMarks(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if len(got) != len(tc.in) {
			t.Errorf("swapNumberMarks(%q) moved bytes: %d to %d", tc.in, len(tc.in), len(got))
		}
	}
}

// FuzzSwapNumberMarks holds the swap to its promise: every byte stays
// where it was, and only dots and commas change.
func FuzzSwapNumberMarks(f *testing.F) {
	for _, s := range []string{"EUR 1.052,3 million", "187.412", "30.06.2025", "a1,2b", "9,", ",5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := swapNumberMarks(s)
		if len(got) != len(s) {
			t.Fatalf("length %d, want %d", len(got), len(s))
		}
		for i := range s {
			if s[i] != got[i] && !strings.ContainsRune(".,", rune(s[i])) {
				t.Fatalf("byte %d changed from %q to %q", i, s[i], got[i])
			}
		}
		continentalNotation(s)
	})
}

// TestContinentalQuotes checks that a figure read with a decimal comma is
// quoted as written: the person sees "EUR 187,4 million", not "187.4".
func TestContinentalQuotes(t *testing.T) {
	text := "Testwerk AG Half-Year Report 2025\n\nRevenue: EUR 187,4 million (H1 2024: EUR 201,9 million). EBIT: EUR -3,9 million.\n\nin TEUR                 H1 2025      H1 2024\nRevenue                 187.412      201.935\n"
	doc, err := Parse("report.txt", []byte(text), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	stated := map[string]bool{}
	for _, m := range Extract(doc, Options{}).Mentions {
		stated[m.Stated] = true
		if got := doc.Text[m.Span.Start:m.Span.End]; !strings.Contains(got, strings.Trim(m.Stated, "()")) && !strings.Contains(m.Stated, got) {
			t.Errorf("stated %q, span holds %q", m.Stated, got)
		}
		if !strings.Contains(m.Quote, m.Stated) {
			t.Errorf("quote %q does not hold %q", m.Quote, m.Stated)
		}
	}
	for _, want := range []string{"EUR 187,4 million", "187.412"} {
		if !stated[want] {
			t.Errorf("no figure stated as %q; stated: %v", want, stated)
		}
	}
}

func TestGroupApostrophes(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Sales of CHF 1'412.6 million", "Sales of CHF 1,412.6 million"},
		{"1'087'300 shares", "1,087,300 shares"},
		{"fiscal '22 and the company's 12'5", "fiscal '22 and the company's 12'5"},
		{"O'Neil's 2'50", "O'Neil's 2'50"},
	}
	for _, tc := range cases {
		if got := groupApostrophes(tc.in); got != tc.want {
			t.Errorf("groupApostrophes(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
