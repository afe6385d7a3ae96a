package com.example.dynamodb.errors;

import com.amazonaws.xray.emitters.Emitter;
import com.amazonaws.xray.entities.Segment;
import com.amazonaws.xray.entities.Subsegment;
import java.util.ArrayList;
import java.util.List;

// tag::emitter[]
/**
 * Keeps finished X-Ray segments in memory instead of sending them to the X-Ray daemon over UDP: for
 * tests, and for looking at what would be sent. An application keeps the default emitter.
 */
public final class InMemoryEmitter extends Emitter {

    private final List<Segment> segments = new ArrayList<>();

    @Override
    public boolean sendSegment(Segment segment) {
        synchronized (segments) {
            segments.add(segment);
        }
        return true;
    }

    @Override
    public boolean sendSubsegment(Subsegment subsegment) {
        return true; // only used to stream very large segments in parts
    }

    public List<Segment> segments() {
        synchronized (segments) {
            return List.copyOf(segments);
        }
    }
}
// end::emitter[]
