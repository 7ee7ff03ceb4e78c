package posting

import (
	"bufio"
	"bytes"
	"fmt"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// decodeUTF16 returns br decoded to UTF-8 when it starts with a UTF-16
// byte order mark (Excel's "Unicode text" and PowerShell write such
// files), and br itself otherwise. Read as UTF-8, UTF-16 is a NUL in
// every other byte: the BOM would stick to the first title, the CSV
// header would not match and JSON would not parse. Input that looks like
// UTF-16 without a BOM, or that is UTF-32, is refused: the byte order
// cannot be known for sure, and guessing wrong reads noise.
func decodeUTF16(br *bufio.Reader, name string) (*bufio.Reader, error) {
	head, _ := br.Peek(4)
	var order unicode.Endianness
	switch {
	case bytes.Equal(head, []byte{0xff, 0xfe, 0, 0}) || bytes.Equal(head, []byte{0, 0, 0xfe, 0xff}):
		return nil, fmt.Errorf("posting: %s: the input is UTF-32 text, which Marsad does not read: convert it to UTF-8 (iconv -f UTF-32 -t UTF-8)", name)
	case bytes.HasPrefix(head, []byte{0xff, 0xfe}):
		order = unicode.LittleEndian
	case bytes.HasPrefix(head, []byte{0xfe, 0xff}):
		order = unicode.BigEndian
	default:
		// Only what the first read brought: waiting for more would stall
		// a pipe fed line by line.
		buffered, _ := br.Peek(br.Buffered())
		if enc := looksUTF16(buffered); enc != "" {
			return nil, fmt.Errorf("posting: %s: the input looks like %s text without a byte order mark (a NUL byte in every other byte): convert it to UTF-8 (iconv -f %s -t UTF-8)", name, enc, enc)
		}
		return br, nil
	}
	// ExpectBOM drops the mark; unpaired surrogates and an odd last byte
	// become U+FFFD rather than errors.
	dec := unicode.UTF16(order, unicode.ExpectBOM).NewDecoder()
	return bufio.NewReaderSize(transform.NewReader(br, dec), br.Size()), nil
}

// looksUTF16 returns "UTF-16LE" or "UTF-16BE" when b reads as text in that
// encoding, else "". Such text puts a NUL beside every ASCII character,
// always on the same side (odd offsets for little-endian), and even
// Arabic has its spaces, digits and punctuation in ASCII; UTF-8 text has
// no NUL at all, and binary data has them on both sides alike.
func looksUTF16(b []byte) string {
	b = b[:min(len(b), 4096)&^1]
	if len(b) < 8 { // too short to tell
		return ""
	}
	var even, odd int
	for i := 0; i < len(b); i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	pairs := len(b) / 2
	switch {
	case odd*10 >= pairs && even*8 <= odd:
		return "UTF-16LE"
	case even*10 >= pairs && odd*8 <= even:
		return "UTF-16BE"
	}
	return ""
}
