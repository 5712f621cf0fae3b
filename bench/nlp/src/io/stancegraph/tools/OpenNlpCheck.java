package io.stancegraph.tools;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.IOException;
import java.io.InputStream;

/** Whether Apache OpenNLP 2 reads the 1.5 sentence, token and POS models that Maven Central serves (knowitall). */
public final class OpenNlpCheck {

    public static void main(String[] args) throws IOException {
        String text = "Mr. Starmer met Volodymyr Zelensky in Kyiv on Tuesday. \"We stand with Ukraine,\" he said.";
        SentenceDetectorME sentences = new SentenceDetectorME(new SentenceModel(model("en-sent.bin")));
        TokenizerME tokenizer = new TokenizerME(new TokenizerModel(model("en-token.bin")));
        POSTaggerME tagger = new POSTaggerME(new POSModel(model("en-pos-maxent.bin")));
        for (String sentence : sentences.sentDetect(text)) {
            String[] tokens = tokenizer.tokenize(sentence);
            String[] tags = tagger.tag(tokens);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < tokens.length; i++) {
                b.append(tokens[i]).append('/').append(tags[i]).append(' ');
            }
            System.out.println(b.toString().trim());
        }
    }

    private static InputStream model(String name) throws IOException {
        InputStream in = OpenNlpCheck.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path");
        }
        return in;
    }
}
