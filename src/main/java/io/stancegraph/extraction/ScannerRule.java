package io.stancegraph.extraction;

/**
 * A mention rule that reads what the scanner has learnt of the article so far: its actors, the organisation a
 * spokesperson last spoke for, the department named last.
 */
abstract class ScannerRule extends TokenReader implements MentionRule {
    final MentionScanner scanner;

    ScannerRule(MentionScanner scanner) {
        super(scanner.index);
        this.scanner = scanner;
    }
}
