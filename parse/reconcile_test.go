package parse

import (
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
)

// TestReconcileLargestAsTotal holds when the largest of disputing figures
// is taken for the total (the smaller ones parts the reader could not
// name), and when a figure the text repeats stands against it.
func TestReconcileLargestAsTotal(t *testing.T) {
	doc := &Document{Name: "call.txt", Text: strings.Repeat("x", 1000)}
	key := Key{Entity: "Acme", Concept: "Revenue", Period: Period{Start: MakeDate(2020, time.October, 1), End: MakeDate(2020, time.December, 31)}}
	mention := func(value, quote string, at int) Mention {
		return Mention{Doc: doc, Key: key, Value: decimal.RequireFromString(value), Decimals: -6,
			Confidence: 0.9, Quote: quote, Stated: value, Span: Span{at, at + 5}}
	}
	cases := []struct {
		name     string
		mentions []Mention
		want     string
		whole    bool // the "largest is the total" note
	}{
		{
			name: "a smaller figure once: the largest stands as the total",
			mentions: []Mention{
				mention("173000000", "Residential revenues increased 1% to $173 million.", 10),
				mention("1073000000", "Total operating revenues were $1.073 billion.", 200),
			},
			want: "1073000000", whole: true,
		},
		{
			name: "a figure stated in two sentences stands against a larger one stated once",
			mentions: []Mention{
				mention("1073000000", "Total operating revenues for the fourth quarter were $1.073 billion.", 10),
				mention("1073000000", "As I commented earlier, total operating revenues were $1.073 billion.", 300),
				mention("4000000000", "Total operating revenues were $4 billion.", 500),
			},
			want: "1073000000",
		},
		{
			name: "a figure repeated in one sentence counts once",
			mentions: []Mention{
				mention("1073000000", "Revenue was $1.073 billion.", 10),
				mention("1073000000", "Revenue was $1.073 billion.", 300),
				mention("4000000000", "Total operating revenues were $4 billion.", 500),
			},
			want: "4000000000", whole: true,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := reconcileKey(key, tc.mentions)
			if !f.Value.Equal(decimal.RequireFromString(tc.want)) {
				t.Errorf("value %s, want %s", f.Value, tc.want)
			}
			if f.Status != Conflict {
				t.Errorf("status %v, want a conflict", f.Status)
			}
			whole := false
			for _, n := range f.Notes {
				whole = whole || strings.Contains(n, "the largest figure is taken as the total")
			}
			if whole != tc.whole {
				t.Errorf("notes %q: largest-as-total %v, want %v", f.Notes, whole, tc.whole)
			}
		})
	}
}

// Of two tables' figures for one key, the row that says it is the owners'
// share stands: the balance sheet's "Total Walmart shareholders' equity",
// not an equity statement's total with the minority's share.
func TestReconcileOwnedTableRow(t *testing.T) {
	doc := &Document{Name: "wmt-10k.html", Text: strings.Repeat("x", 1000)}
	key := Key{Entity: "Walmart", Concept: "NetIncomeLoss", Period: Period{Start: MakeDate(2024, time.February, 1), End: MakeDate(2025, time.January, 31)}}
	mention := func(value, quote string, at int, confidence float64) Mention {
		return Mention{Doc: doc, Key: key, Value: decimal.RequireFromString(value), Decimals: -6, Rule: RuleTable,
			Confidence: confidence, Quote: quote, Stated: value, Span: Span{at, at + 5}}
	}
	f := reconcileKey(key, []Mention{
		mention("20157000000", "Consolidated net income — Fiscal Years Ended January 31, 2025: 20,157", 10, 0.95),
		mention("20157000000", "Consolidated net income — Fiscal 2025: 20,157", 400, 0.95),
		mention("19436000000", "Consolidated net income attributable to Walmart — Fiscal Years Ended January 31, 2025: 19,436", 200, 0.95),
	})
	if !f.Value.Equal(decimal.RequireFromString("19436000000")) {
		t.Errorf("value %s, want the owners' 19436000000", f.Value)
	}
}
