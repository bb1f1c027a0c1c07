package io.tenantry.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/** Renders a Thymeleaf template (well-formed XHTML with inline SVG) to PDF, so reports look like the pages. */
@Component
class PdfRenderer {

	private final ITemplateEngine templates;

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
		// openhtmltopdf logs every rendering's timings at INFO through its own handler.
		XRLog.listRegisteredLoggers().forEach((logger) -> XRLog.setLevel(logger, Level.WARNING));
	}

	byte[] render(String template, Map<String, Object> variables) {
		String html = this.templates.process(template, new Context(Locale.ENGLISH, variables));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			new PdfRendererBuilder().useFastMode()
				.useSVGDrawer(new BatikSVGDrawer())
				.withHtmlContent(html, null)
				.toStream(pdf)
				.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

}
