package org.mcpgate.conformance;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;

/** The smallest real media the fixtures answer with, made here rather than pasted in: a red pixel, 10 ms of silence. */
final class SampleMedia {

    /** A 1x1 red PNG, base64. */
    static final String RED_PIXEL_PNG = base64(redPixel());
    /** 10 ms of 8-bit mono silence at 8 kHz as a WAV file, base64. */
    static final String SILENT_WAV = base64(silence(8000, 80));

    private SampleMedia() {
    }

    private static byte[] redPixel() {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFF0000);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** A RIFF/WAVE file: the 44-byte PCM header, then unsigned 8-bit samples where 0x80 is silence. */
    private static byte[] silence(int sampleRate, int samples) {
        ByteBuffer wav = ByteBuffer.allocate(44 + samples).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1) // PCM
                .putShort((short) 1) // mono
                .putInt(sampleRate).putInt(sampleRate) // byte rate = rate x 1 channel x 1 byte
                .putShort((short) 1).putShort((short) 8) // block align, bits per sample
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples);
        while (wav.hasRemaining()) {
            wav.put((byte) 0x80);
        }
        return wav.array();
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
