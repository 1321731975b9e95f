package parse

import (
	"html"
	"sort"
	"strings"
	"unicode/utf8"
)

// normText is the view of a document the recognisers read: full-width
// digits and letters made ASCII, minus signs and dashes made '-', odd
// spaces made ' ', curly quotes straight, invisible characters dropped, and
// (for HTML) tags and entities resolved. breaks maps its byte offsets back
// to the original text.
type normText struct {
	s      string
	breaks []offBreak // sorted by norm; none when the view is the text itself
}

// offBreak says that from byte norm of the view on, bytes map to
// orig+(i-norm). It is made where original bytes [from, orig) were
// replaced by something of another length; deleted says by nothing.
type offBreak struct {
	norm, orig, from int
	deleted          bool
}

// orig maps a byte offset of the view to one of the original text.
func (n *normText) orig(i int) int {
	if len(n.breaks) == 0 {
		return i
	}
	k := sort.Search(len(n.breaks), func(j int) bool { return n.breaks[j].norm > i }) - 1
	if k < 0 {
		return i
	}
	b := n.breaks[k]
	return b.orig + (i - b.norm)
}

// origEnd maps the end of a span in the view to the original text. It
// differs from orig where something was deleted right there: a figure
// followed by "</b>" ends before the tag, not after it.
func (n *normText) origEnd(i int) int {
	k := sort.Search(len(n.breaks), func(j int) bool { return n.breaks[j].norm >= i })
	if k < len(n.breaks) && n.breaks[k].norm == i && n.breaks[k].deleted {
		return n.breaks[k].from
	}
	return n.orig(i)
}

func (n *normText) origSpan(s Span) Span {
	start, end := n.orig(s.Start), n.origEnd(s.End)
	return Span{start, max(start, end)}
}

// runeRepl gives the replacement of a rune that is not itself in the view.
func runeRepl(r rune) (string, bool) {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII forms
		return string(r - 0xFEE0), true
	case r == 0x00A0, r >= 0x2000 && r <= 0x200A, r == 0x202F, r == 0x205F, r == 0x3000:
		return " ", true
	case r == 0x200B, r == 0x200C, r == 0x200D, r == 0x2060, r == 0xFEFF, r == 0x00AD:
		return "", true
	}
	switch r {
	case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xFE63:
		return "-", true
	case 0x2014, 0x2015:
		return " - ", true
	case 0x2018, 0x2019, 0x201B, 0x2032:
		return "'", true
	case 0x201C, 0x201D, 0x201F, 0x2033:
		return `"`, true
	case 0x3002, 0xFF61:
		return ".", true
	case 0x3001:
		return ",", true
	case 0xFFE5:
		return "¥", true
	case 0x2026:
		return "...", true
	}
	return "", false
}

type normBuilder struct {
	out    strings.Builder
	breaks []offBreak
}

// put writes repl for the original bytes [i, j).
func (b *normBuilder) put(repl string, i, j int) {
	b.out.WriteString(repl)
	if len(repl) != j-i {
		b.breaks = append(b.breaks, offBreak{norm: b.out.Len(), orig: j, from: i, deleted: repl == ""})
	}
}

func normalize(text string, isHTML bool) normText {
	return normalizeMarkup(text, isHTML, isHTML)
}

// normalizeMarkup is normalize with HTML's tags and its entities chosen
// apart: Markdown writes entities ("&nbsp;&nbsp;Product", "R&amp;D") but
// no tags Facet reads.
func normalizeMarkup(text string, tags, entities bool) normText {
	if !tags && entities && strings.Contains(text, "**") {
		// Markdown's strong emphasis is no text: "**Rigid Packaging**
		// revenue rose" opens with the segment's name. Blanked, not cut,
		// so every byte keeps its offset.
		text = strings.ReplaceAll(text, "**", "  ")
	}
	if !needsNormalizing(text, tags) && !(entities && strings.IndexByte(text, '&') >= 0) {
		return normText{s: text}
	}
	var b normBuilder
	b.out.Grow(len(text))
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf && !(tags && c == '<' || entities && c == '&') {
			j := i + 1
			for j < len(text) && text[j] < utf8.RuneSelf && !(tags && text[j] == '<' || entities && text[j] == '&') {
				j++
			}
			b.out.WriteString(text[i:j])
			i = j
			continue
		}
		if tags && c == '<' {
			end, repl := htmlTag(text, i)
			b.put(repl, i, end)
			i = end
			continue
		}
		if entities && c == '&' {
			if end, s := htmlEntity(text, i); end > i {
				b.put(normRunes(s), i, end)
				i = end
				continue
			}
			b.out.WriteByte('&')
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if repl, ok := runeRepl(r); ok {
			b.put(repl, i, i+size)
		} else {
			b.out.WriteString(text[i : i+size])
		}
		i += size
	}
	return normText{s: b.out.String(), breaks: b.breaks}
}

func normRunes(s string) string {
	var out strings.Builder
	for _, r := range s {
		if repl, ok := runeRepl(r); ok {
			out.WriteString(repl)
		} else {
			out.WriteRune(r)
		}
	}
	return out.String()
}

func needsNormalizing(text string, isHTML bool) bool {
	if isHTML {
		return true
	}
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if _, ok := runeRepl(r); ok {
			return true
		}
		i += size
	}
	return false
}

// blockTags end a line of text when they open or close.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "tr": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "table": true, "section": true,
	"article": true, "header": true, "footer": true, "ul": true, "ol": true, "blockquote": true,
	"title": true, "dt": true, "dd": true, "hr": true, "pre": true,
}

// htmlTag reads the tag at text[i] ('<') and returns where it ends and what
// stands for it: a newline for block tags, a space for cells, nothing for
// inline tags. script, style and comments are skipped whole.
func htmlTag(text string, i int) (end int, repl string) {
	if strings.HasPrefix(text[i:], "<!--") {
		if j := strings.Index(text[i+4:], "-->"); j >= 0 {
			return i + 4 + j + 3, " "
		}
		return len(text), " "
	}
	j := strings.IndexByte(text[i:], '>')
	if j < 0 {
		return i + 1, "<" // a lone '<' is text
	}
	end = i + j + 1
	name := text[i+1 : end-1]
	name = strings.TrimPrefix(name, "/")
	if k := strings.IndexAny(name, " \t\r\n/"); k >= 0 {
		name = name[:k]
	}
	name = strings.ToLower(name)
	if name == "" || !isAlpha(name[0]) && name[0] != '!' && name[0] != '?' {
		return i + 1, "<"
	}
	if (name == "script" || name == "style") && text[i+1] != '/' {
		if k := indexFoldASCII(text[end:], "</"+name); k >= 0 {
			if m := strings.IndexByte(text[end+k:], '>'); m >= 0 {
				return end + k + m + 1, " "
			}
		}
		return len(text), " "
	}
	switch {
	case blockTags[name]:
		return end, "\n"
	case name == "td" || name == "th":
		return end, " "
	}
	return end, ""
}

// indexFoldASCII is strings.Index ignoring ASCII case. It compares bytes
// in place: lower-casing a copy may change its length (U+023A grows from
// two bytes to three), and offsets into the copy would then miss the text.
func indexFoldASCII(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := strings.IndexByte(s[i:], sub[0])
		if j < 0 {
			return -1
		}
		i += j
		if i+len(sub) <= len(s) && strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

func htmlEntity(text string, i int) (int, string) {
	j := strings.IndexByte(text[i:min(len(text), i+34)], ';')
	if j < 2 {
		return i, ""
	}
	ent := text[i : i+j+1]
	s := html.UnescapeString(ent)
	if s == ent {
		return i, ""
	}
	return i + j + 1, s
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
