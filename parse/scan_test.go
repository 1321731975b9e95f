package parse

import (
	"strings"
	"testing"
)

// TestWrapWidth tells a text wrapped at a fixed width from one whose lines
// end where its sentences or rows do.
func TestWrapWidth(t *testing.T) {
	prose := "Calder plc, the infrastructure and building services group, today announces its results for the year ended 31 March 2025. " +
		"Trading was in line with the expectations the Board set out at the half year, with good growth in all three divisions and a strong finish to the year. " +
		"The Board is recommending a final dividend, and the Group enters the new financial year with a record order book and a strong balance sheet that supports both organic investment and selective acquisitions. " +
		"Revenue for the year grew by 6.3% to £1,486.2m, driven by volume growth in every division, and adjusted operating profit increased to £155.8m."
	wrapped := wrapAt(prose, 76)
	var call strings.Builder
	for i := 0; i < 14; i++ {
		call.WriteString(strings.Repeat("Revenue was up again this quarter. ", 1+i%3) + "\n")
	}
	var table strings.Builder
	for i := 0; i < 14; i++ {
		table.WriteString("Net sales                                  3,298         3,187         9,951\n")
	}
	cases := []struct {
		name string
		text string
		wrap bool
	}{
		{"prose wrapped at 76 columns", wrapped + "\n" + wrapped, true},
		{"a transcript, a sentence a line", call.String(), false},
		{"a table of figures", table.String(), false},
		{"a short text", "Revenue was $5 million.\nNet income was $1 million.\n", false},
	}
	for _, tc := range cases {
		if got := wrapWidth(tc.text); (got > 0) != tc.wrap {
			t.Errorf("%s: width %d, want wrapped %v", tc.name, got, tc.wrap)
		}
	}
}

// wrapAt breaks text into lines of at most width runes at spaces.
func wrapAt(text string, width int) string {
	var b strings.Builder
	n := 0
	for _, w := range strings.Fields(text) {
		if n > 0 && n+1+len([]rune(w)) > width {
			b.WriteString("\n")
			n = 0
		} else if n > 0 {
			b.WriteString(" ")
			n++
		}
		b.WriteString(w)
		n += len([]rune(w))
	}
	return b.String()
}
