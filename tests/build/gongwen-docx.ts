// A Word document written the way Chinese offices write them: a title, a lead, 一、 sections with
// （一） subsections (some run-in: the heading in bold, the text after it in the same paragraph),
// 1. items, bold run-in headings, and figures (233个, 78.13%, 3645万元). Made with the `docx`
// package, as Word would save it.
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';

const plain = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
const runIn = (heading: string, text: string) =>
  new Paragraph({ children: [new TextRun({ text: heading, bold: true }), new TextRun(text)] });

export const GONGWEN_TITLE = '测试县推进基层治理工作情况报告';

export async function gongwenDocx(): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: GONGWEN_TITLE, bold: true, size: 44 })],
          }),
          plain('今年以来，测试县坚持党建引领，围绕群众急难愁盼问题，扎实推进基层治理各项工作，现将有关情况报告如下。'),
          bold('一、主要做法'),
          runIn('（一）强化组织引领。', '全县建立小区党支部233个，选派第一书记41名，把组织触角延伸到楼栋单元。'),
          plain('1. 健全工作机制。制定议事规则，每月召开联席会议。'),
          plain('2. 压实工作责任。逐级签订责任书，形成一级抓一级的格局。'),
          runIn('（二）完善服务网络。', '整合各类服务资源，投入资金3645万元建设党群服务站点。'),
          runIn('加强阵地建设。', '新建和改造服务站点，做到有场所、有人员、有制度。'),
          bold('二、取得成效'),
          plain('群众满意度达到78.13%，矛盾纠纷就地化解率明显提高，超10万群众参与各类志愿服务。'),
          bold('三、下一步打算'),
          runIn('（一）深化网格治理。', '推动网格员队伍专职化，力争年底实现全覆盖。'),
          runIn('（二）提升服务水平。', '完善“小事不出网格、大事不出社区”的机制。'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
